/**
 * Spellings a reader might type for the site's words, and how far apart two spellings are. Pure
 * functions, shared by the build (which writes the site's vocabulary with a key for every word) and by
 * the browser (which keys the words of a query the same way): a query in Cyrillic, in Polish, German or
 * French transliteration, without diacritics or with a letter or two wrong still meets the word it means.
 */

/** Letters that no decomposition folds (Cyrillic, ł, ß…), mapped to ASCII: the build writes this map. */
export type LetterMap = Readonly<Record<string, string>>;

/** A word as typed, reduced to lowercase ASCII letters and digits: marks dropped, other letters mapped. */
export function fold(word: string, letters: LetterMap): string {
	return [...word.normalize('NFD')]
		.map((char) => letters[char] ?? char)
		.join('')
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');
}

/**
 * What transliterations of one name have in common: each rule merges spellings that schemes write
 * differently for one sound (Polish sz, German sch and English sh; w and v; ch, kh, q and k; j and y; ou
 * and u; s and z; a y between vowels or none; doubled letters; leading zeros in numbers such as 007406). Lossy on purpose: a key only
 * says two spellings could be one word; the vocabulary says which word the site has.
 */
export function phoneticKey(folded: string): string {
	if (/^\d+$/.test(folded)) return folded.replace(/^0+(?=\d)/, '');
	return (
		folded
			.replace(/tsch/g, 'c')
			.replace(/sch|sz|sh|zh/g, 's')
			.replace(/cz|ch|kh|ck|q|c/g, 'k')
			.replace(/gh/g, 'g')
			.replace(/ph/g, 'f')
			.replace(/w/g, 'v')
			.replace(/ou/g, 'u')
			.replace(/[jy]/g, 'i')
			// A glide between vowels that one scheme writes and another drops: Nazarbayev, Назарбаев.
			.replace(/([aeiou])i(?=[aeiou])/g, '$1')
			.replace(/z/g, 's')
			.replace(/(.)\1+/g, '$1')
	);
}

/** Edits (insert, delete, substitute, swap two neighbours) between two strings, or `limit + 1` once past `limit`. */
export function distance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before = Array.from({ length: b.length + 1 }, (_, j) => j);
	let previous = before;
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			row.push(value);
			best = Math.min(best, value);
		}
		if (best > limit) return limit + 1;
		before = previous;
		previous = row;
	}
	return previous[b.length]!;
}

/** How many edits a word of this length may be off and still mean a word of the vocabulary. */
export const tolerance = (length: number) => (length < 5 ? 0 : length < 8 ? 1 : 2);
