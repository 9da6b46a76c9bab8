import { describe, expect, it } from 'vitest';
import { authorOf, bibtex, citationMeta, cslJson, plainCitation, unreadDate, type Citable } from '../../src/lib/citation.ts';

const letter: Citable = {
	id: 'example-letter-2015-02-02',
	title: 'Letter on torture in Kazakhstan',
	authors: [authorOf('Koj, Anna'), authorOf('Roe, John')],
	date: '2015-02-02',
	publisher: 'The ODF letter to Mogherini (2015)',
	url: 'https://example.org/letters/example-letter-2015-02-02/',
	type: 'letter',
	recipient: 'Federica Mogherini',
	accessed: '2026-11-25',
	language: 'en',
};

describe('plainCitation', () => {
	it('describes a letter by whom it went to (its editorial title is not its own), first author surname first, dates in words', () => {
		expect(plainCitation(letter)).toBe(
			'Koj, Anna, John Roe. Letter to Federica Mogherini, 2 February 2015. In The ODF letter to Mogherini (2015). https://example.org/letters/example-letter-2015-02-02/ (accessed 25 November 2026).',
		);
	});

	it('without an access date says where the reader writes it, rather than give the build’s day', () => {
		expect(plainCitation({ ...letter, accessed: undefined })).toContain(`(accessed ${unreadDate}).`);
	});

	it('leaves the access date out of the files when it is not known (a reference manager adds its own)', () => {
		expect(bibtex(letter)).toContain('; accessed 2026-11-25}');
		expect(bibtex({ ...letter, accessed: undefined })).not.toContain('accessed');
		expect(JSON.parse(cslJson({ ...letter, accessed: undefined }))[0]).not.toHaveProperty('accessed');
	});

	it('names people as styles want them and organisations as they are', () => {
		expect(authorOf('Koj, Anna')).toEqual({ family: 'Koj', given: 'Anna' });
		expect(authorOf('Open Dialog Foundation')).toEqual({ literal: 'Open Dialog Foundation' });
		expect(bibtex(letter)).toContain('author = {Koj, Anna and Roe, John}');
		expect(bibtex({ ...letter, authors: [{ literal: 'Open Dialog Foundation' }] })).toContain('author = {{Open Dialog Foundation}}');
	});

	it.each([
		['2014-07', ' July 2014. '],
		['2014', ' 2014. '],
	])('gives a partial date (%s) only the parts known', (date, text) => {
		expect(plainCitation({ ...letter, date, type: 'report', recipient: undefined })).toContain(`.”${text}`);
	});
});

describe('a title with its own quotation marks or question mark', () => {
	const note: Citable = { ...letter, type: 'webpage', recipient: undefined, date: undefined, authors: [] };

	it.each([
		['“Only a tenth”: what the overview compares', '“‘Only a tenth’: what the overview compares.”'],
		['Which “law against torture”?', '“Which ‘law against torture’?”'],
	])('quotes %s once, with no doubled marks', (title, cited) => {
		expect(plainCitation({ ...note, title })).toContain(`${cited} n.d. `);
	});
});

describe('bibtex and cslJson', () => {
	it('give the date as numbers, month included only when known', () => {
		expect(bibtex(letter)).toContain('  year = {2015},\n  month = {2},');
		expect(bibtex({ ...letter, date: '2014' })).not.toContain('month');
		const [item] = JSON.parse(cslJson({ ...letter, date: '2014-07' })) as [{ issued: unknown; accessed: unknown }];
		expect(item.issued).toEqual({ 'date-parts': [[2014, 7]] });
		expect(item.accessed).toEqual({ 'date-parts': [[2026, 11, 25]] });
	});
});

describe('a work without a known date or authors', () => {
	const undated: Citable = { ...letter, date: undefined, authors: [], type: 'webpage', genre: 'Editorial note', recipient: undefined };

	it('says "n.d." and starts with the title, never with an empty author', () => {
		expect(plainCitation(undated)).toMatch(/^“Letter on torture in Kazakhstan\.” n\.d\. /);
	});

	it('leaves the date out of BibTeX, CSL-JSON and the meta rather than guess one', () => {
		expect(bibtex(undated)).not.toContain('year');
		expect(JSON.parse(cslJson(undated))[0]).not.toHaveProperty('issued');
		expect(citationMeta(undated).map((tag) => tag.name)).not.toContain('citation_publication_date');
	});
});

describe('citationMeta', () => {
	it('gives one tag per author, the date as Highwire and Dublin Core write it, and the address as identifier', () => {
		const tags = citationMeta({ ...letter, authors: [{ literal: 'Open Dialog Foundation' }, { literal: 'Anna Koj' }] });
		const values = (name: string) => tags.filter((tag) => tag.name === name).map((tag) => tag.content);
		expect(values('citation_author')).toEqual(['Open Dialog Foundation', 'Anna Koj']);
		expect(values('DC.creator')).toEqual(['Open Dialog Foundation', 'Anna Koj']);
		expect(values('citation_publication_date')).toEqual(['2015/02/02']);
		expect(values('DC.date')).toEqual(['2015-02-02']);
		expect(values('DC.identifier')).toEqual([letter.url]);
		expect(values('citation_public_url')).toEqual([letter.url]);
	});
});
