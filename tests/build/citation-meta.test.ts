import type { Root } from 'hast';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citableCollections } from '../../src/lib/citation.ts';
import { entries, pageOf } from '../content.ts';
import { attr, element, elements, fileOf, is, readPage, sitePath, textOf } from './dist.ts';

/**
 * The citation meta of every page a reader may cite (letters, reports, written questions, notes), read back as
 * a reference manager reads it (Zotero's "Embedded Metadata": Highwire `citation_*` first, Dublin Core `DC.*`
 * beside it) and compared with the CSL-JSON file its "Cite this" links and with its canonical address.
 */
const citable = citableCollections.flatMap((collection) =>
	entries[collection].map((entry) => ({ collection, id: entry.id, path: pageOf(collection, entry.id) })),
);

/** Every `<meta name content>` of the head, as name → values in order. */
function metaOf(page: Root): Map<string, string[]> {
	const head = element(page, 'head', is.tag('head'));
	const meta = new Map<string, string[]>();
	for (const tag of elements(head, (el) => el.tagName === 'meta' && attr(el, 'name') !== '')) {
		meta.set(attr(tag, 'name'), [...(meta.get(attr(tag, 'name')) ?? []), attr(tag, 'content')]);
	}
	return meta;
}

/** The CSL-JSON item in the file the page's "Cite this" links. */
function cslOf(page: Root, path: string): Record<string, any> {
	const section = element(page, 'Cite this', is.class('cite-this'));
	const link = elements(section, is.tag('a')).find((a) => textOf(a) === 'CSL-JSON');
	if (!link) throw new Error('no CSL-JSON link in the page’s Cite this');
	const file = fileOf(new URL(attr(link, 'href'), `http://site${sitePath(path)}`).pathname);
	if (!file) throw new Error(`${attr(link, 'href')}, linked from ${path}, was not built`);
	return JSON.parse(readFileSync(file, 'utf8'))[0];
}

/** A Highwire date (`2015/02/02`, `2014/07`, `2014`) as CSL date-parts. */
const partsOf = (date: string | undefined) => date?.split(/[/-]/).map(Number);

it('finds pages to cite in the content', () => {
	expect(citable.length).toBeGreaterThan(0);
});

describe.each(citable)('$path', ({ collection, path }) => {
	const page = readPage(path);
	const meta = metaOf(page);
	const one = (name: string) => {
		const values = meta.get(name) ?? [];
		expect(values.length, `exactly one ${name}`).toBeLessThanOrEqual(1);
		return values[0];
	};
	const csl = cslOf(page, path);
	const canonical = attr(
		element(page, 'canonical link', (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical'),
		'href',
	);

	it('gives a reference manager the same title, authors, date and publisher as Cite this', () => {
		expect(one('citation_title')).toBe(csl.title);
		expect(one('DC.title')).toBe(csl.title);
		// A person as "Family, Given", an organisation by its name: as Highwire and Dublin Core read them.
		const authors = csl.author.map((a: { literal?: string; family?: string; given?: string }) => a.literal ?? `${a.family}, ${a.given}`);
		expect(meta.get('citation_author') ?? []).toEqual(authors);
		expect(meta.get('DC.creator') ?? []).toEqual(authors);
		expect(partsOf(one('citation_publication_date'))).toEqual(csl.issued?.['date-parts'][0]);
		expect(partsOf(one('DC.date'))).toEqual(csl.issued?.['date-parts'][0]);
		expect(one('citation_publisher')).toBe(csl.publisher);
		expect(one('DC.publisher')).toBe(csl.publisher);
		expect(one('citation_language')).toBe('en');
		expect(one('DC.language')).toBe(csl.language);
	});

	it('names the page by its absolute canonical address, as Cite this does', () => {
		expect(canonical).toMatch(/^https?:\/\/[^/]+\//);
		for (const name of ['citation_public_url', 'DC.identifier']) expect(one(name), name).toBe(canonical);
		expect(csl.URL).toBe(canonical);
	});

	it.runIf(collection === 'letters' || collection === 'reports')('agrees with the JSON-LD on the address and title', () => {
		const data = JSON.parse(textOf(element(page, 'JSON-LD', (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json')));
		expect(data.url).toBe(canonical);
		expect(data.name).toBe(one('citation_title'));
		if (collection === 'letters') expect(partsOf(data.datePublished)).toEqual(partsOf(one('citation_publication_date')));
	});
});
