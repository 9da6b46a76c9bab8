import { describe, expect, it } from 'vitest';
import { foldedText, understandQuery } from '../../src/search/query.ts';
import { foldingLetters } from '../../src/search/transliteration-table.ts';

const letters = foldingLetters();
const stop = new Set(['a', 'the', 'of', 'to', 'did', 'what', 'who', 'when', 'was', 'is', 'on']);
const read = (typed: string) => understandQuery(typed, stop, letters);

describe('understandQuery', () => {
	it('recognises who, when and reply questions and keeps only their subject', () => {
		expect(read('who signed the letter')).toMatchObject({ intent: 'who', words: ['signed', 'letter'] });
		expect(read('When was the EPCA signed?')).toMatchObject({ intent: 'when', words: ['EPCA', 'signed'] });
		expect(read('what year did Kazakhstan ratify')).toMatchObject({ intent: 'when', words: ['Kazakhstan', 'ratify'] });
		expect(read('what did Mogherini answer the MEPs')).toMatchObject({ intent: 'reply', words: ['Mogherini', 'MEPs'] });
		expect(read('did the EEAS reply to the letter')).toMatchObject({ intent: 'reply', words: ['EEAS', 'letter'] });
		expect(read('where was the trial held')).toMatchObject({ intent: 'where', words: ['trial', 'held'] });
	});

	it('reads a query that is not a question as words, without an intent', () => {
		const query = read('eeas reply to the letter');
		expect(query.intent).toBeUndefined();
		expect(query.words).toEqual(['eeas', 'reply', 'letter']);
	});

	it('keeps a quoted phrase whole, with straight, curly or low quotes', () => {
		for (const typed of ['"effective combat of torture"', '“effective combat of torture”', '„effective combat of torture“']) {
			expect(read(typed).phrases).toEqual([['effective', 'combat', 'of', 'torture']]);
		}
		expect(read('NPM "more than 150" inspections')).toMatchObject({
			phrases: [['more', 'than', '150']],
			words: ['more', 'than', '150', 'NPM', 'inspections'],
		});
	});

	it('folds typographic dashes and apostrophes, and keeps references whole', () => {
		expect(read('EU–Kazakhstan’s agreement').words).toEqual(["EU-Kazakhstan's", 'agreement']);
		expect(read('E-007125/2014').words).toEqual(['E-007125/2014']);
		expect(foldedText('EU–Kazakhstan Kazakhstan’s', letters)).toBe(foldedText("EU-Kazakhstan Kazakhstan's", letters));
	});

	it('searches a query of stop words alone as typed, rather than nothing', () => {
		expect(read('the who').words).toEqual(['the', 'who']);
	});

	it('leaves markup out and says what is left', () => {
		expect(read('<img src=x onerror=alert(1)>')).toMatchObject({ words: [], withoutMarkup: '' });
		expect(read('<b>torture</b>')).toMatchObject({ words: ['torture'], withoutMarkup: 'torture' });
		expect(read('torture').withoutMarkup).toBeUndefined();
	});
});
