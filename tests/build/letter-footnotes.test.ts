import { describe, expect, it } from 'vitest';
import { attr, element, elements, fileOf, is, readPage, sitePath, textWithout } from './dist.ts';

/** Words the page adds for screen readers, marked editorial (data-pagefind-ignore): not the letter's. */
const editorial = is.attr('dataPagefindIgnore');

const page = readPage('/letters/odf-to-mogherini-2015-02-02/');
const footnotes = element(page, 'section[data-footnotes]', (el) => el.tagName === 'section' && is.attr('dataFootnotes')(el));
const note = element(footnotes, 'li#user-content-fn-1 in section[data-footnotes]', (el) => el.tagName === 'li' && is.id('user-content-fn-1')(el));

describe('the footnote of the letter', () => {
	it('is referenced from the text by a[data-footnote-ref] pointing at #user-content-fn-1', () => {
		const refs = elements(page, (el) => el.tagName === 'a' && is.attr('dataFootnoteRef')(el));
		expect(refs.map((ref) => attr(ref, 'href'))).toEqual(['#user-content-fn-1']);
	});

	it('has its reference marked with the id the back-link targets', () => {
		const ref = element(page, 'a[data-footnote-ref]', is.attr('dataFootnoteRef'));
		expect(attr(ref, 'id')).toBe('user-content-fnref-1');
	});

	it('links back with a[data-footnote-backref] to #user-content-fnref-1, which exists once', () => {
		const backrefs = elements(note, (el) => el.tagName === 'a' && is.attr('dataFootnoteBackref')(el));
		expect(backrefs.map((a) => attr(a, 'href'))).toEqual(['#user-content-fnref-1']);
		expect(elements(page, is.id('user-content-fnref-1'))).toHaveLength(1);
		expect(elements(page, is.id('user-content-fn-1'))).toHaveLength(1);
	});

	it('cites the written question: its LINK leads to the question page, which was built', () => {
		const link = element(note, 'LINK anchor', (el) => el.tagName === 'a' && textWithout(el, editorial) === 'LINK');
		const href = attr(link, 'href');
		expect(href).toBe(sitePath('/questions/written-question-11-ecr-meps-2014/'));
		expect(fileOf(href), `${href} has no page in dist/`).toBeDefined();
	});
});
