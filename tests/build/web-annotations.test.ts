import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, distDir, element, elements, fileOf, is, parseFile, pathOf, textOf } from './dist.ts';

/**
 * The W3C Web Annotation exports: `/annotations.jsonld` (every note) and `/letters/<id>/annotations.jsonld`
 * (one letter's notes), against the Data Model and against the pages they annotate.
 * @see https://www.w3.org/TR/annotation-model/
 */
type Item = Record<string, any>;
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const everything = read(join(distDir, 'annotations.jsonld'));
const letterExports = readdirSync(join(distDir, 'letters'))
	.map((id) => join(distDir, 'letters', id, 'annotations.jsonld'))
	.filter((file) => existsSync(file));
const exports = [join(distDir, 'annotations.jsonld'), ...letterExports].map((file) => ({ file, collection: read(file) }));
const allItems: Item[] = everything.first?.items ?? [];

/** The page an annotation targets, from the absolute URL in its target. */
function targetPage(item: Item) {
	const file = fileOf(new URL(item.target.source.id).pathname);
	if (!file) throw new Error(`${item.target.source.id} was not built`);
	return parseFile(file);
}

/** A page's text as a browser's textContent gives it (what annotation tools anchor in), white space collapsed. */
const pageText = (file: ReturnType<typeof parseFile>) => toString(element(file, 'body', is.tag('body'))).replace(/\s+/g, ' ');

function count(text: string, part: string): number {
	let n = 0;
	for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) n++;
	return n;
}

describe.each(exports)('$file', ({ collection }) => {
	const items: Item[] = collection.first?.items ?? [];

	it('is an AnnotationCollection in the anno.jsonld context, with a first AnnotationPage and a label', () => {
		expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
		expect(collection.type).toBe('AnnotationCollection');
		expect(typeof collection.id).toBe('string');
		expect(collection.label).toMatch(/\S/);
		expect(collection.first.type).toBe('AnnotationPage');
		expect(collection.total).toBe(items.length);
	});

	it('has the required fields of an Annotation on every item, its target named and typed', () => {
		for (const item of items) {
			expect(item.type).toBe('Annotation');
			expect(item.id).toMatch(/^https?:\/\/[^#]+#annotation-[a-z0-9-]+$/);
			expect(['commenting', 'describing', 'identifying', 'linking', 'questioning', 'classifying', 'tagging']).toContain(item.motivation);
			const [text, ...links] = item.body;
			expect(text).toMatchObject({ type: 'TextualBody', format: 'text/html', language: 'en' });
			expect(text.value.length).toBeGreaterThan(0);
			expect(links.length, 'at least one source').toBeGreaterThan(0);
			for (const link of links) expect(link.id).toMatch(/^https:\/\//);
			expect(item.target.source).toMatchObject({ type: 'Text', format: 'text/html' });
			expect(item.target.source.id).toMatch(/\/letters\/[a-z0-9-]+\/$/);
			expect(item.target.source.label).toMatch(/\S/);
			expect(item.target.selector.type).toBe('TextQuoteSelector');
		}
	});

	it('anchors every note exactly once in its page’s text: a prefix and a suffix on every selector', () => {
		for (const item of items) {
			const { exact, prefix, suffix } = item.target.selector;
			expect(prefix.length + suffix.length, item.id).toBeGreaterThan(0);
			expect(prefix.length, item.id).toBeLessThanOrEqual(32);
			expect(suffix.length, item.id).toBeLessThanOrEqual(32);
			expect(count(pageText(targetPage(item)), `${prefix}${exact}${suffix}`), item.id).toBe(1);
		}
	});

	it('gives every link in a note’s body its full address, and the site’s own links lead to built pages', () => {
		for (const item of items) {
			const body = fromHtml(item.body[0].value, { fragment: true });
			for (const link of elements(body, (el) => el.tagName === 'a' || el.tagName === 'img')) {
				const address = attr(link, link.tagName === 'a' ? 'href' : 'src');
				expect(address, item.id).toMatch(/^(https?:)?\/\/|^mailto:/);
				const url = new URL(address);
				if (url.origin === new URL(item.target.source.id).origin) expect(fileOf(url.pathname), `${address} in ${item.id}`).toBeDefined();
			}
		}
	});

	it('quotes, for each note, exactly the passage its mark wraps on the page', () => {
		for (const item of items) {
			const id = item.id.split('#annotation-')[1];
			const marks = elements(targetPage(item), (el) => el.tagName === 'mark' && attr(el, 'dataAnnotation') === id);
			expect(marks.length, `marks for ${id}`).toBeGreaterThan(0);
			// One mark per text node the quote spans; compare without white space, which textOf trims per mark.
			const marked = marks.map((mark) => textOf(mark)).join('');
			expect(marked.replace(/\s+/g, '')).toBe(item.target.selector.exact.replace(/\s+/g, ''));
		}
	});
});

describe('the exports together', () => {
	it('hold every note shown on every letter page, once in /annotations.jsonld and once in its letter’s own export', () => {
		const letterPages = readdirSync(join(distDir, 'letters'), { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => parseFile(join(distDir, 'letters', entry.name, 'index.html')));
		const notes = letterPages.flatMap((page) =>
			elements(page, (el) => el.tagName === 'aside' && is.class('annotation')(el)).map((el) => attr(el, 'id').replace(/^annotation-/, '')),
		);
		const ids = (items: Item[]) => items.map((item) => item.id.split('#annotation-')[1]).sort();
		expect(ids(allItems)).toEqual([...notes].sort());
		expect(ids(exports.slice(1).flatMap(({ collection }) => collection.first.items))).toEqual([...notes].sort());
	});

	it('are linked from each letter page that has notes', () => {
		for (const file of letterExports.filter((f) => read(f).total > 0)) {
			const page = parseFile(join(file, '..', 'index.html'));
			expect(
				elements(page, (el) => el.tagName === 'a' && attr(el, 'href') === pathOf(file)),
				pathOf(file),
			).toHaveLength(1);
		}
	});
});
