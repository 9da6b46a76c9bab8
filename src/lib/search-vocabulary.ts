import { getCollection } from 'astro:content';
import { collectionNames, type CollectionName } from '../collections.ts';
import { foldingLetters } from '../search/transliteration-table.ts';
import type { VocabularyFile } from '../search/vocabulary.ts';
import { allLetters, letterText } from './letters.ts';

/** Collections whose pages search finds (sources are left out of the index). */
const searchable = collectionNames.filter((name): name is Exclude<CollectionName, 'sources'> => name !== 'sources');

/** Every string in an entry's data that a reader could search for: not references, not addresses. */
function* stringsIn(value: unknown): Generator<string> {
	if (typeof value === 'string') {
		if (!/^https?:\/\//.test(value)) yield value;
	} else if (Array.isArray(value)) {
		for (const item of value) yield* stringsIn(item);
	} else if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (typeof record.collection === 'string' && typeof record.id === 'string') return;
		for (const item of Object.values(record)) yield* stringsIn(item);
	}
}

/**
 * The site's vocabulary for forgiving search: the words of every searchable page's fields (names,
 * titles, labels, terms, summaries) and of the letters' text, each in the spelling the site uses most,
 * with the number of pages that use it; and the letters to fold. The browser suggests from it.
 */
export async function searchVocabulary(): Promise<VocabularyFile> {
	const texts: string[][] = [];
	for (const name of searchable) for (const entry of await getCollection(name)) texts.push([...stringsIn(entry.data)]);
	for (const letter of await allLetters()) texts.push([letterText(letter)]);
	const pages = new Map<string, Map<string, number>>();
	for (const strings of texts) {
		const seen = new Set<string>();
		for (const word of strings.join(' ').match(/[\p{L}\p{M}\p{N}]{2,}/gu) ?? []) {
			const lower = word.toLowerCase();
			const spellings = pages.get(lower) ?? new Map<string, number>();
			if (!seen.has(lower)) spellings.set(word, (spellings.get(word) ?? 0) + 1);
			seen.add(lower);
			pages.set(lower, spellings);
		}
	}
	const words = [...pages.values()].map((spellings) => {
		const [word] = [...spellings].sort((a, b) => b[1] - a[1])[0]!;
		return [word, [...spellings.values()].reduce((sum, n) => sum + n, 0)] as [string, number];
	});
	return { letters: foldingLetters(), words: words.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) };
}
