/**
 * Latin letters that Unicode NFD does not decompose, so Pagefind (which folds only decomposable
 * accents) would not match them to their plain-ASCII spelling: "Zdzisław" is not found by "Zdzislaw".
 */
const undecomposable: Record<string, string> = {
	ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H', ı: 'i',
	ŀ: 'l', Ŀ: 'L', ŧ: 't', Ŧ: 'T', ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'TH',
};
const undecomposablePattern = new RegExp(`[${Object.keys(undecomposable).join('')}]`, 'g');

/** A word as a reader without that keyboard would type it: no marks, undecomposable letters spelled out. */
export function toAsciiSpelling(word: string): string {
	return word
		.replace(undecomposablePattern, (letter) => undecomposable[letter] ?? letter)
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase();
}

/**
 * The extra spellings a page needs in its search index: for each word holding a letter that NFD
 * cannot fold, its ASCII spelling (unique, in order of first appearance). Words Pagefind folds
 * by itself (Wiśniewska, Ożóg) need nothing.
 */
export function foldForSearch(text: string): string[] {
	const variants = new Set<string>();
	for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
		if (word.search(undecomposablePattern) !== -1) variants.add(toAsciiSpelling(word));
	}
	return [...variants];
}

/** Whether a text holds any letter that needs an extra spelling: one scan, so most pages skip the work. */
export const needsFolding = (text: string) => text.search(undecomposablePattern) !== -1;
