import { describe, expect, it } from 'vitest';
import { foldingLetters } from '../../src/search/transliteration-table.ts';
import { marksTypedWords, useSuggestion, Vocabulary } from '../../src/search/vocabulary.ts';

const letters = foldingLetters();
const vocabulary = new Vocabulary({
	letters,
	words: [
		['Dosmagambetov', 4],
		['Maksat', 3],
		['Zhanaozen', 6],
		['Wiśniewska', 2],
		['torture', 30],
		['detention', 5],
		['007406', 1],
		['Fotyga', 1],
		['Kazakhstan', 40],
	],
});

describe('Vocabulary.suggest', () => {
	it('leaves a query of site words alone, however it is cased or accented', () => {
		expect(vocabulary.suggest('torture in Kazakhstan')).toBeUndefined();
		expect(vocabulary.suggest('wisniewska')).toBeUndefined();
	});

	it('spells a site word typed in another script as the site does, surely', () => {
		expect(vocabulary.suggest('Максат Досмагамбетов')).toEqual({ query: 'Maksat Dosmagambetov', sure: true });
		expect(vocabulary.suggest('Жанаозен')).toEqual({ query: 'Zhanaozen', sure: true });
		// Kazakh ң spells "ng", which the usual English spelling drops: a likely correction, not a sure one.
		expect(vocabulary.suggest('Жаңаөзен')).toEqual({ query: 'Zhanaozen', sure: false });
	});

	it('maps Polish, German and French transliterations to the site word, surely', () => {
		expect(vocabulary.suggest('Dosmagambetow')).toEqual({ query: 'Dosmagambetov', sure: true });
		expect(vocabulary.suggest('Schanaosen')).toEqual({ query: 'Zhanaozen', sure: true });
		expect(vocabulary.suggest('Kazachstan')).toEqual({ query: 'Kazakhstan', sure: true });
	});

	it('corrects a word one or two letters off, as a likely correction', () => {
		expect(vocabulary.suggest('Dosmagambatov torture')).toEqual({ query: 'Dosmagambetov torture', sure: false });
		expect(vocabulary.suggest('Fotiga')).toEqual({ query: 'Fotyga', sure: true });
		expect(vocabulary.suggest('detentoin')).toEqual({ query: 'detention', sure: false });
	});

	it('reads a reference typed without its leading zeros', () => {
		expect(vocabulary.suggest('E-7406/2014')?.query).toBe('E-007406/2014');
	});

	it('offers nothing for a word near no site word, nor for short words it cannot judge', () => {
		expect(vocabulary.suggest('xylophone')).toBeUndefined();
		expect(vocabulary.suggest('tortue')).toEqual({ query: 'torture', sure: false });
		expect(vocabulary.suggest('ab')).toBeUndefined();
	});
});

describe('useSuggestion', () => {
	it('searches for a sure suggestion, and for any when the words typed found nothing of their own', () => {
		expect(useSuggestion({ query: 'x', sure: true }, 10, true)).toBe('instead');
		expect(useSuggestion({ query: 'x', sure: false }, 0, false)).toBe('instead');
		expect(useSuggestion({ query: 'x', sure: false }, 4, false)).toBe('instead');
		expect(useSuggestion({ query: 'x', sure: false }, 4, true)).toBe('offer');
	});
});

describe('marksTypedWords', () => {
	it('sees the typed word, completed or stemmed, among the marked words of excerpts, but not a short look-alike', () => {
		expect(marksTypedWords('tortur', ['the <mark>torture</mark> of'], letters)).toBe(true);
		expect(marksTypedWords('detentions', ['in <mark>detention</mark>'], letters)).toBe(true);
		expect(marksTypedWords('dosmagambatov', ['what <mark>do</mark> they'], letters)).toBe(false);
		expect(marksTypedWords('anything', [], letters)).toBe(false);
	});
});
