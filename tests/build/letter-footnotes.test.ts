import { describe, expect, it } from 'vitest';
import { letterIds, mentionsOf, pageOf } from '../content.ts';
import { attr, elements, fileOf, is, readPage, sitePath, textWithout } from './dist.ts';

/** Words the page adds for screen readers, marked editorial (data-pagefind-ignore): not the letter's. */
const editorial = is.attr('dataPagefindIgnore');

describe.each(letterIds)('the footnotes of %s', (id) => {
	const page = readPage(pageOf('letters', id));
	const refs = elements(page, (el) => el.tagName === 'a' && is.attr('dataFootnoteRef')(el));
	const section = elements(page, (el) => el.tagName === 'section' && is.attr('dataFootnotes')(el))[0];
	const notes = section ? elements(section, (el) => el.tagName === 'li' && attr(el, 'id').startsWith('user-content-fn-')) : [];

	it('are referenced from the text, one a[data-footnote-ref] per note, in order', () => {
		expect(refs.map((ref) => attr(ref, 'href'))).toEqual(notes.map((note) => `#${attr(note, 'id')}`));
		expect(refs.map((ref) => attr(ref, 'id'))).toEqual(notes.map((_, i) => `user-content-fnref-${i + 1}`));
	});

	it('each link back with a[data-footnote-backref] to its reference, which exists once', () => {
		notes.forEach((note, i) => {
			const backrefs = elements(note, (el) => el.tagName === 'a' && is.attr('dataFootnoteBackref')(el));
			expect(backrefs.map((a) => attr(a, 'href'))).toEqual([`#user-content-fnref-${i + 1}`]);
			expect(elements(page, is.id(`user-content-fnref-${i + 1}`))).toHaveLength(1);
			expect(elements(page, is.id(attr(note, 'id')))).toHaveLength(1);
		});
	});

	it('lead to the pages of the written questions they cite, which were built', () => {
		const questions = mentionsOf('letters', id)
			.filter((m) => m.collection === 'questions')
			.map((m) => sitePath(pageOf('questions', m.id)));
		const linked = notes.flatMap((note) =>
			elements(note, (el) => el.tagName === 'a' && attr(el, 'href').startsWith(sitePath('/questions/'))).map((a) => attr(a, 'href')),
		);
		const onPage = elements(page, is.tag('a')).map((a) => attr(a, 'href'));
		expect(questions.filter((q) => !onPage.includes(q))).toEqual([]);
		for (const href of linked) expect(fileOf(href), `${href} has no page in dist/`).toBeDefined();
		for (const note of notes) {
			for (const link of elements(note, (el) => el.tagName === 'a' && !is.attr('dataFootnoteBackref')(el))) {
				expect(textWithout(link, editorial), attr(link, 'href')).not.toBe('');
			}
		}
	});
});

it('the content has footnotes to check', () => {
	const count = letterIds.reduce((n, id) => n + elements(readPage(pageOf('letters', id)), is.attr('dataFootnoteRef')).length, 0);
	expect(count).toBeGreaterThan(0);
});
