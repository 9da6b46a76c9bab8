/**
 * Finding a W3C TextQuoteSelector in a text. Whitespace runs count as one space on both sides,
 * so a quote copied from the page matches however the HTML happens to be wrapped.
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
import type { z } from 'zod';
import type { textQuoteSelector } from '../schemas/annotation.ts';

/** A quote and the text around it, as an annotation states it. */
export type TextQuote = z.infer<typeof textQuoteSelector>;

export type QuoteMatch =
	| { found: true; start: number; end: number }
	| { found: false; count: number };

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** The text with whitespace runs collapsed, and for each of its characters the offset in the original. */
function normalize(text: string): { text: string; offsets: number[] } {
	let out = '';
	const offsets: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const isSpace = /\s/.test(text[i]!);
		if (isSpace && out.endsWith(' ')) continue;
		out += isSpace ? ' ' : text[i];
		offsets.push(i);
	}
	offsets.push(text.length);
	return { text: out, offsets };
}

/**
 * Finds the one place where `quote` sits in `text` (offsets into the original text, end exclusive).
 * Not found, or found more than once with nothing in prefix/suffix to tell the places apart,
 * gives `found: false` with the number of places.
 */
export function findQuote(text: string, quote: TextQuote): QuoteMatch {
	const { text: haystack, offsets } = normalize(text);
	const exact = collapse(quote.exact);
	const prefix = quote.prefix ? collapse(quote.prefix) : '';
	const suffix = quote.suffix ? collapse(quote.suffix) : '';
	const places: number[] = [];
	for (let at = haystack.indexOf(exact); at !== -1; at = haystack.indexOf(exact, at + 1)) {
		if (prefix && !haystack.slice(0, at).endsWith(prefix)) continue;
		if (suffix && !haystack.slice(at + exact.length).startsWith(suffix)) continue;
		places.push(at);
	}
	if (places.length !== 1) return { found: false, count: places.length };
	const start = places[0]!;
	return { found: true, start: offsets[start]!, end: offsets[start + exact.length - 1]! + 1 };
}

/** Says what went wrong with a quote, for an editor. */
export function describeMiss(quote: TextQuote, count: number, where: string): string {
	const shown = quote.exact.length > 80 ? `${quote.exact.slice(0, 77)}…` : quote.exact;
	return count === 0
		? `quote "${shown}" is not found in ${where}; expected text copied exactly from the page`
		: `quote "${shown}" is found ${count} times in ${where}; add a prefix or suffix to say which one`;
}
