import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citableCollections } from '../../src/lib/citation.ts';
import { entries, pageOf } from '../content.ts';
import { attr, distDir, element, elements, fileOf, is, readPage, sitePath, textOf } from './dist.ts';

/**
 * "Cite this" links its machine-readable forms, files beside the page (`citation.bib`, `citation.json`): each
 * link of every citable page leads to a built file that parses, names the page's entry and its address, and
 * carries no access date (the build's day is not the reader's). The files are data, not pages.
 */
const citable = citableCollections.flatMap((collection) =>
	entries[collection].map((entry) => ({ collection, id: entry.id, path: pageOf(collection, entry.id) })),
);

/** A BibTeX entry read the way BibTeX reads one: `@type{key, name = {value}, …}`, braces balanced. */
function parseBibtex(text: string): { type: string; key: string; fields: Map<string, string> } {
	const head = /^@(\w+)\{([^,\s{}]+),/.exec(text);
	if (!head) throw new Error(`not a BibTeX entry: ${text.slice(0, 40)}`);
	const fields = new Map<string, string>();
	let at = head[0].length;
	for (;;) {
		const name = /^\s*(\w+)\s*=\s*\{/.exec(text.slice(at));
		if (!name) break;
		let depth = 1;
		let end = at + name[0].length;
		for (; depth > 0; end++) {
			if (end >= text.length) throw new Error(`unbalanced braces in ${name[1]}`);
			if (text[end] === '\\') end++;
			else if (text[end] === '{') depth++;
			else if (text[end] === '}') depth--;
		}
		fields.set(name[1]!, text.slice(at + name[0].length, end - 1));
		at = end;
		if (text[at] === ',') at++;
	}
	expect(text.slice(at).trim(), 'the entry closes after its last field').toBe('}');
	return { type: head[1]!, key: head[2]!, fields };
}

it('finds pages to cite in the content', () => {
	expect(citable.length).toBeGreaterThan(0);
});

describe.each(citable)('$path', ({ id, path }) => {
	const page = readPage(path);
	const canonical = attr(
		element(page, 'canonical link', (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical'),
		'href',
	);
	const links = elements(element(page, 'Cite this', is.class('cite-this')), is.tag('a'));
	/** The text of the file a link of "Cite this" leads to, by the link's text. */
	const fileFor = (label: string) => {
		const link = links.find((a) => textOf(a) === label);
		expect(link, `a link "${label}"`).toBeDefined();
		const href = new URL(attr(link!, 'href'), `http://site${sitePath(path)}`).pathname;
		const file = fileOf(href);
		expect(file, `${href} is built`).toBeDefined();
		expect(file!.endsWith('.html'), `${href} is a file, not a page`).toBe(false);
		return { href, text: readFileSync(file!, 'utf8') };
	};

	it('links a BibTeX file beside the page, with the entry, its key and the page’s address', () => {
		const { href, text } = fileFor('BibTeX (.bib)');
		expect(href).toBe(sitePath(`${path}citation.bib`));
		const entry = parseBibtex(text);
		expect(entry.type).toBe('misc');
		expect(entry.key).toBe(id);
		expect(entry.fields.get('title')).toMatch(/^\{.+\}$/);
		expect(entry.fields.get('howpublished')).toBe(`\\url{${canonical}}`);
		expect(text).not.toContain('accessed');
	});

	it('links a CSL-JSON file beside the page, with one item titled and addressed as the page', () => {
		const { href, text } = fileFor('CSL-JSON');
		expect(href).toBe(sitePath(`${path}citation.json`));
		const items = JSON.parse(text) as Record<string, unknown>[];
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ id, URL: canonical, title: expect.any(String) });
		expect(items[0]).not.toHaveProperty('accessed');
	});
});

it('keeps the citation files out of the sitemap (they are data, not pages)', () => {
	const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
	expect(sitemap).toContain('<loc>');
	expect(sitemap).not.toMatch(/citation\.(bib|json)/);
});
