/**
 * Finding a W3C TextQuoteSelector in a text, forgiving what copying and typing change and a reader does
 * not see, as annotation tools do: straight and curly quotes and apostrophes, hyphens and dashes, an
 * ellipsis and three full stops, and runs of white space (no-break spaces and line breaks included) all
 * match each other; invisible characters (a soft hyphen, a zero-width space) are passed over, and a letter
 * typed as one character matches the same letter typed with a combining accent (`é` and `e` + `◌́`).
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
import type { z } from 'zod';
import { quoted } from '../schemas/editor-errors.ts';
import type { textQuoteSelector } from '../schemas/annotation.ts';

/** A quote and the text around it, as an annotation states it. */
export type TextQuote = z.infer<typeof textQuoteSelector>;

type QuoteMatch = { found: true; start: number; end: number } | { found: false; count: number };

/** Characters that stand for one another in a quote: each maps to the one it is compared as. */
const variants: Record<string, string> = {
	'\u2018': "'", // ‘
	'\u2019': "'", // ’
	'\u201A': "'", // ‚
	'\u201B': "'", // ‛
	'\u2032': "'", // ′
	'\u201C': '"', // “
	'\u201D': '"', // ”
	'\u201E': '"', // „
	'\u201F': '"', // ‟
	'\u2033': '"', // ″
	'\u00AB': '"', // «
	'\u00BB': '"', // »
	'\u2010': '-', // hyphen
	'\u2011': '-', // non-breaking hyphen
	'\u2012': '-', // figure dash
	'\u2013': '-', // en dash
	'\u2014': '-', // em dash
	'\u2015': '-', // horizontal bar
	'\u2212': '-', // minus sign
	'\u2026': '...', // …
};

/** Characters a reader does not see, which copying from a PDF or a word processor brings along. */
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/** Each run of white space as one space: how a quote is shown, and the first step of comparing it. */
export const collapseSpace = (text: string) => text.replace(/\s+/g, ' ');

/**
 * A text as quotes are compared: each typographic variant replaced by its plain form, each run of white
 * space by one space, invisible characters left out and each letter with its accents composed (NFC); with,
 * for each character of that, where the characters it stands for begin in the original (`offsets`, one more
 * for the end of the text) and where they end (`ends`).
 */
export function comparable(text: string): { text: string; offsets: number[]; ends: number[] } {
	let out = '';
	const offsets: number[] = [];
	const ends: number[] = [];
	// One character at a time, with the combining marks that follow it: they are one letter to a reader.
	for (const { index, 0: cluster } of text.matchAll(/[\s\S]\p{M}*/gu)) {
		if (invisible.test(cluster)) continue;
		const isSpace = /^\s$/.test(cluster);
		if (isSpace && out.endsWith(' ')) continue;
		const plain = isSpace ? ' ' : (variants[cluster] ?? cluster.normalize('NFC'));
		out += plain;
		for (let k = 0; k < plain.length; k++) {
			offsets.push(index);
			ends.push(index + cluster.length);
		}
	}
	offsets.push(text.length);
	return { text: out, offsets, ends };
}

/**
 * Finds the one place where `quote` sits in `text` (offsets into the original text, end exclusive).
 * Not found, or found more than once with nothing in prefix/suffix to tell the places apart,
 * gives `found: false` with the number of places.
 */
export function findQuote(text: string, quote: TextQuote): QuoteMatch {
	const { text: haystack, offsets, ends } = comparable(text);
	const exact = comparable(quote.exact).text;
	const prefix = quote.prefix ? comparable(quote.prefix).text : '';
	const suffix = quote.suffix ? comparable(quote.suffix).text : '';
	const places: number[] = [];
	for (let at = haystack.indexOf(exact); at !== -1; at = haystack.indexOf(exact, at + 1)) {
		if (prefix && !haystack.slice(0, at).endsWith(prefix)) continue;
		if (suffix && !haystack.slice(at + exact.length).startsWith(suffix)) continue;
		places.push(at);
	}
	if (places.length !== 1) return { found: false, count: places.length };
	const start = places[0]!;
	return { found: true, start: offsets[start]!, end: ends[start + exact.length - 1]! };
}

/**
 * The passage of `text` most like a quote that is not in it: where the longest beginning or end of the
 * quote is found (case aside), as long as the quote. Undefined when not even a few words of it are there.
 */
export function closestPassage(text: string, exact: string): string | undefined {
	const { text: haystack, offsets } = comparable(text);
	const lower = haystack.toLowerCase();
	const quote = comparable(exact).text.toLowerCase();
	/** The longest length n, by bisection, for which `part(n)` is found in the text (if n is, every shorter one is). */
	const longest = (part: (n: number) => string) => {
		let [low, high] = [0, quote.length];
		while (low < high) {
			const mid = Math.ceil((low + high) / 2);
			if (lower.includes(part(mid))) low = mid;
			else high = mid - 1;
		}
		return low;
	};
	const head = longest((n) => quote.slice(0, n));
	const tail = longest((n) => quote.slice(quote.length - n));
	if (Math.max(head, tail) < Math.min(12, quote.length / 3)) return undefined;
	let start = head >= tail ? lower.indexOf(quote.slice(0, head)) : Math.max(0, lower.indexOf(quote.slice(quote.length - tail)) + tail - quote.length);
	let end = Math.min(haystack.length, start + quote.length);
	// Whole words: a passage cut mid-word is harder to find on the page.
	while (start > 0 && haystack[start - 1] !== ' ') start--;
	while (end < haystack.length && haystack[end] !== ' ') end++;
	return text.slice(offsets[start], offsets[end]);
}

/** Says what went wrong with a quote, for an editor: for one not found, the closest passage of `text`. */
export function describeMiss(quote: TextQuote, count: number, where: string, text: string): string {
	const shown = quoted(quote.exact, 80);
	if (count > 0) return `quote ${shown} is found ${count} times in ${where}; add a prefix or suffix to say which one`;
	const closest = closestPassage(text, quote.exact);
	const hint =
		closest === undefined
			? 'expected text copied from the page'
			: `the closest passage is ${quoted(closest, 80)}; expected text copied from the page`;
	return `quote ${shown} is not found in ${where}; ${hint}`;
}
