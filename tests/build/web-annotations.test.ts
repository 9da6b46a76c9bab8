import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, distDir, elements, is, readPage, textOf } from './dist.ts';

/**
 * `/annotations.jsonld` against the W3C Web Annotation Data Model: what an importing tool needs.
 * @see https://www.w3.org/TR/annotation-model/
 */
const collection = JSON.parse(readFileSync(join(distDir, 'annotations.jsonld'), 'utf8'));
const items: Record<string, any>[] = collection.first?.items ?? [];
const letter = readPage('/letters/odf-to-mogherini-2015-02-02/');
const notes = elements(letter, (el) => el.tagName === 'aside' && is.attr('dataAnnotation')(el));

describe('/annotations.jsonld', () => {
	it('is an AnnotationCollection in the anno.jsonld context, with a first AnnotationPage', () => {
		expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
		expect(collection.type).toBe('AnnotationCollection');
		expect(typeof collection.id).toBe('string');
		expect(collection.first.type).toBe('AnnotationPage');
		expect(collection.total).toBe(items.length);
	});

	it('holds every annotation shown on the letter page', () => {
		expect(items.length).toBeGreaterThanOrEqual(12);
		expect(items.length).toBe(notes.length);
	});

	it.each(items.map((item) => [item.id, item]))('%s has the required fields of an Annotation', (_, item) => {
		expect(item.type).toBe('Annotation');
		expect(item.id).toMatch(/^https?:\/\/[^#]+#annotation-[a-z0-9-]+$/);
		expect(['commenting', 'describing', 'identifying', 'linking', 'questioning', 'classifying', 'tagging']).toContain(item.motivation);
		const [text, ...links] = item.body;
		expect(text).toMatchObject({ type: 'TextualBody', format: 'text/html', language: 'en' });
		expect(text.value.length).toBeGreaterThan(0);
		expect(links.length, 'at least one source').toBeGreaterThan(0);
		for (const link of links) expect(link.id).toMatch(/^https:\/\//);
		expect(item.target.source).toMatch(/\/letters\/[a-z0-9-]+\/$/);
		expect(item.target.selector.type).toBe('TextQuoteSelector');
	});

	it('quotes, for each annotation, exactly the passage its mark wraps on the page', () => {
		for (const item of items) {
			const id = item.id.split('#annotation-')[1];
			const marks = elements(letter, (el) => el.tagName === 'mark' && attr(el, 'dataAnnotation') === id);
			expect(marks.length, `marks for ${id}`).toBeGreaterThan(0);
			// One mark per text node the quote spans; compare without white space, which textOf trims per mark.
			const marked = marks.map((mark) => textOf(mark)).join('');
			expect(marked.replace(/\s+/g, '')).toBe(item.target.selector.exact.replace(/\s+/g, ''));
		}
	});
});
