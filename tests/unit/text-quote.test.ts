import { describe, expect, it } from 'vitest';
import { closestPassage, describeMiss, findQuote } from '../../src/pipeline/text-quote.ts';

/** A fictional letter's text, typeset as a word processor would: curly quotes, an en dash, a no-break space. */
const text = 'The Minister’s reply was “brief”.\nTalks in 2014–2015 went on for\u00a0months.\n\nThe Minister’s office said no.';

const at = (quote: Parameters<typeof findQuote>[1]) => {
	const match = findQuote(text, quote);
	return match.found ? text.slice(match.start, match.end) : match;
};

describe('findQuote', () => {
	it('finds a quote copied exactly, returning offsets into the original text', () => {
		expect(at({ exact: 'reply was “brief”' })).toBe('reply was “brief”');
	});

	it('matches straight quotes and apostrophes to curly ones, and the other way round', () => {
		expect(at({ exact: 'reply was "brief"' })).toBe('reply was “brief”');
		expect(findQuote('It’s “here”.', { exact: 'It’s “here”' })).toEqual({ found: true, start: 0, end: 11 });
		expect(findQuote('It\'s "here".', { exact: 'It’s “here”' })).toEqual({ found: true, start: 0, end: 11 });
	});

	it('matches a hyphen, an en dash and an em dash to one another', () => {
		expect(at({ exact: 'in 2014-2015' })).toBe('in 2014–2015');
		expect(at({ exact: 'in 2014—2015' })).toBe('in 2014–2015');
	});

	it('matches any run of white space, a line break and a no-break space included, to any other', () => {
		expect(at({ exact: 'brief”. Talks' })).toBe('brief”.\nTalks');
		expect(at({ exact: 'for months' })).toBe('for\u00a0months');
		expect(at({ exact: 'for \n  months' })).toBe('for\u00a0months');
	});

	it('matches an ellipsis to three full stops, and the other way round', () => {
		expect(findQuote('He said… nothing.', { exact: 'said... nothing' })).toEqual({ found: true, start: 3, end: 16 });
		expect(findQuote('He said... nothing.', { exact: 'said… nothing' })).toEqual({ found: true, start: 3, end: 18 });
	});

	it('passes over invisible characters that copying brings along: soft hyphens, zero-width spaces', () => {
		expect(findQuote('an inter\u00adnational body', { exact: 'international body' })).toEqual({ found: true, start: 3, end: 22 });
		expect(findQuote('an international body', { exact: 'inter\u200bnational' })).toEqual({ found: true, start: 3, end: 16 });
	});

	it('matches a letter with its accent as one character to the same letter with a combining accent', () => {
		const composed = 'Zhanaozen, Łódź and Évian';
		const decomposed = composed.normalize('NFD');
		expect(findQuote(composed, { exact: 'Łódź and Évian'.normalize('NFD') })).toEqual({ found: true, start: 11, end: 25 });
		const match = findQuote(decomposed, { exact: 'Łódź and Évian' });
		expect(match.found && decomposed.slice(match.start, match.end)).toBe('Łódź and Évian'.normalize('NFD'));
		expect(findQuote(composed, { exact: 'Lodz' })).toEqual({ found: false, count: 0 });
	});

	it('tells two places apart by a prefix or suffix written with other variants', () => {
		expect(findQuote(text, { exact: 'Minister’s' })).toEqual({ found: false, count: 2 });
		expect(at({ exact: "Minister's", suffix: ' office' })).toBe('Minister’s');
		expect(findQuote(text, { exact: "Minister's", prefix: 'no. The ' })).toEqual({ found: false, count: 0 });
	});

	it('does not forgive what a reader sees: other words, other letters, other case', () => {
		expect(findQuote(text, { exact: 'reply was short' })).toEqual({ found: false, count: 0 });
		expect(findQuote(text, { exact: 'the minister’s reply' })).toEqual({ found: false, count: 0 });
	});
});

describe('closestPassage', () => {
	it('shows the passage whose beginning the quote shares, as long as the quote, in whole words', () => {
		expect(closestPassage(text, 'reply was “short”')).toBe('reply was “brief”.');
	});

	it('shows the passage whose end the quote shares when its beginning differs', () => {
		expect(closestPassage(text, 'Discussions went on for months.')).toBe('in 2014–2015 went on for\u00a0months.');
	});

	it('gives nothing when not even a few words are there', () => {
		expect(closestPassage(text, 'an entirely different sentence')).toBeUndefined();
	});
});

describe('describeMiss', () => {
	it('names the closest passage of a quote that is not found', () => {
		expect(describeMiss({ exact: 'reply was “short”' }, 0, 'letters/x', text)).toBe(
			'quote "reply was “short”" is not found in letters/x; the closest passage is "reply was “brief”."; expected text copied from the page',
		);
	});

	it('asks for a prefix or suffix for a quote found more than once', () => {
		expect(describeMiss({ exact: 'Minister’s' }, 2, 'letters/x', text)).toBe(
			'quote "Minister’s" is found 2 times in letters/x; add a prefix or suffix to say which one',
		);
	});
});
