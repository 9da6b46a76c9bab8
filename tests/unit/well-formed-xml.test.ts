import { describe, expect, it } from 'vitest';
import { xmlError } from '../build/well-formed-xml.ts';

const sitemap =
	'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://example.org/?a=1&amp;b=2</loc></url>\n</urlset>\n';

describe('the XML well-formedness check of the build tests', () => {
	it('passes a sitemap, an SVG and a document with a byte order mark', () => {
		expect(xmlError(sitemap)).toBeUndefined();
		expect(xmlError('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>')).toBeUndefined();
		expect(xmlError(`\uFEFF${sitemap}`)).toBeUndefined();
	});

	it.each([
		['an unescaped ampersand', sitemap.replace('&amp;', '&'), /^3:\d+: /],
		['an HTML entity', sitemap.replace('&amp;', '&nbsp;'), /^3:\d+: /],
		['a mismatched end tag', sitemap.replace('</loc>', '</lock>'), /^3:\d+: Unexpected close tag/],
		['an unclosed element', sitemap.replace('</urlset>', ''), /Unclosed root tag/],
		['text after the root', `${sitemap}junk`, /Text data outside of root node/],
		['a second root element', `${sitemap}<urlset/>`, /a second root element/],
		['a repeated attribute', '<svg width="1" width="2"/>', /attribute "width" is repeated/],
		['a declaration after a line break', `\n${sitemap}`, /^2:\d+: the XML declaration is not at the very start/],
		['an unbound namespace prefix', '<a:b/>', /Unbound namespace prefix/],
		['nothing at all', '', /no root element/],
	])('finds %s', (_, xml, reason) => {
		expect(xmlError(xml)).toMatch(reason);
	});
});
