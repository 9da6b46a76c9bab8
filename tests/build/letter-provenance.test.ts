import { describe, expect, it } from 'vitest';
import { entries, pageOf } from '../content.ts';
import { attr, element, elements, is, readPage, sitePath, textOf } from './dist.ts';

/** Each letter says where its text comes from, links the sender's own publication of it, and what the edition changed. */
const letters = entries.letters.map((entry) => ({
	path: pageOf('letters', entry.id),
	publications: (entry.data['senderPublications'] as { id: string }[]) ?? [],
}));

describe.each(letters)('$path', ({ path, publications }) => {
	const page = readPage(path);
	const heading = element(page, 'About this text heading', is.id('about-this-text'));
	const about = element(page, 'provenance', is.class('provenance'));

	it('points from the top of the page to "About this text"', () => {
		const kicker = element(page, 'kicker', is.class('kicker'));
		expect(elements(kicker, is.tag('a')).map((a) => attr(a, 'href'))).toContain('#about-this-text');
		expect(textOf(heading)).toBe('About this text');
	});

	it('links the source record of each of the sender’s own publications', () => {
		const links = elements(about, is.tag('a')).map((a) => attr(a, 'href'));
		expect(links).toEqual(publications.map((source) => sitePath(pageOf('sources', source.id))));
	});

	it('says what the edition changed and what it did not', () => {
		expect(textOf(about)).toMatch(/Changed: the layout and links only/);
		expect(textOf(about)).toMatch(/Not changed: the letter's words, spelling and punctuation; nothing is corrected, added or left out/);
	});
});
