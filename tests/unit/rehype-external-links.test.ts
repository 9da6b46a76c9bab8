import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeExternalLinks from 'rehype-external-links';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { externalLinks } from '../../src/markdown/external-links.ts';

/** HTML through rehype-external-links with the site's options, as the Markdown pipeline runs it. */
const mark = (html: string) =>
	toHtml(
		unified()
			.use(rehypeExternalLinks, externalLinks)
			.runSync(fromHtml(html, { fragment: true })) as Root,
	);

describe('rehype-external-links with the site’s options', () => {
	it.each([
		[
			'an https link',
			'<a href="https://www.europarl.europa.eu/">EP</a>',
			'<a href="https://www.europarl.europa.eu/" rel="external noreferrer">EP</a>',
		],
		['an http link', '<a href="http://example.org/x">x</a>', '<a href="http://example.org/x" rel="external noreferrer">x</a>'],
		['a protocol-relative link', '<a href="//example.org/x">x</a>', '<a href="//example.org/x" rel="external noreferrer">x</a>'],
	])('marks %s as leaving the site, sending no referrer', (_kind, input, output) => {
		expect(mark(input)).toBe(output);
	});

	it.each([
		['a path on the site', '<a href="/people/jane-doe/">Doe</a>'],
		['a path under a base', '<a href="/brief/people/jane-doe/">Doe</a>'],
		['a relative path', '<a href="../glossary/">glossary</a>'],
		['an anchor', '<a href="#user-content-fn-1">1</a>'],
		['a mail address', '<a href="mailto:press@example.org">press</a>'],
		['a link without an address', '<a>x</a>'],
	])('leaves %s alone', (_kind, input) => {
		expect(mark(input)).toBe(input);
	});

	it('replaces a rel the link had, and leaves the shared options as they were', () => {
		const html = mark('<a href="https://a.example/" rel="nofollow">a</a><a href="https://b.example/">b</a>');
		expect(html).toBe('<a href="https://a.example/" rel="external noreferrer">a</a><a href="https://b.example/" rel="external noreferrer">b</a>');
		expect(externalLinks.rel).toEqual(['external', 'noreferrer']);
	});
});
