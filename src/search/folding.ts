import { foldingLetters } from './transliteration-table.ts';
import { fold } from './spelling.ts';

/**
 * Pagefind folds accents that decompose (ś, ó, ż) but not letters that do not (ł in Zdzisław, Cyrillic):
 * a page gives it, as search metadata, the ASCII spelling of each word holding such a letter.
 */

let pattern: RegExp | undefined;
const undecomposable = () => (pattern ??= new RegExp(`[${Object.keys(foldingLetters()).join('')}]`, 'u'));

/** Whether a text holds any letter that needs an extra spelling: one scan, so most pages skip the work. */
export const needsFolding = (text: string) => undecomposable().test(text);

/** The ASCII spellings a text needs in the index: one per word with such a letter, unique, in order of first use. */
export function foldForSearch(text: string): string[] {
	const variants = new Set<string>();
	for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
		if (needsFolding(word)) variants.add(fold(word, foldingLetters()));
	}
	return [...variants];
}
