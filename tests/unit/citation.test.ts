import { describe, expect, it } from 'vitest';
import { bibtex, cslJson, plainCitation, type Citable } from '../../src/lib/citation.ts';

const letter: Citable = {
	id: 'example-letter-2015-02-02',
	title: 'Letter on torture in Kazakhstan',
	authors: [{ literal: 'Open Dialog Foundation' }],
	date: '2015-02-02',
	publisher: 'The ODF letter to Mogherini (2015)',
	url: 'https://example.org/letters/example-letter-2015-02-02/',
	type: 'letter',
	recipient: 'Federica Mogherini',
	accessed: '2026-11-25',
};

describe('plainCitation', () => {
	it('writes the dates in words, as the pages do', () => {
		expect(plainCitation(letter)).toBe(
			'Open Dialog Foundation. “Letter on torture in Kazakhstan.” Letter to Federica Mogherini. 2 February 2015. The ODF letter to Mogherini (2015). https://example.org/letters/example-letter-2015-02-02/ (accessed 25 November 2026).',
		);
	});

	it.each([
		['2014-07', ' July 2014. '],
		['2014', ' 2014. '],
	])('gives a partial date (%s) only the parts known', (date, text) => {
		expect(plainCitation({ ...letter, date, type: 'report', recipient: undefined })).toContain(`.”${text}`);
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
