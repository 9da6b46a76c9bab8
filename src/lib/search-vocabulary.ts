import { getCollection } from 'astro:content';
import { collectionNames, collections, type CollectionName } from '../collections.ts';
import { foldingLetters } from '../search/transliteration-table.ts';
import type { QueryFile, VocabularyFile } from '../search/vocabulary.ts';
import { allLetters, letterText } from './letters.ts';
import { bodyText } from './render.ts';

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
 * English words that say how a reader asks, not what about: left out of a query when it has other
 * words. The site's own words are not among them when it writes them as a name (WHO, IT…).
 */
const asking = `a an and are as at be been by can could did do does for from had has have how i in into is it its me
	my of on or show tell that the their there this to was were what when where which who whom whose why will with would`.split(/\s+/);

/** A word on more than this share of the pages tells them apart no better than "the" (unless it is in a page's name). */
const tooCommon = 0.6;

/**
 * The site's vocabulary for forgiving search: the words of every searchable page (its fields and its
 * text: names, titles, summaries, and the people and places its running text names) and of the
 * letters, each in the spelling the site uses most, with the number of pages that use it; the words too
 * common to search for; the kinds of page that answer a question; and the letters to fold.
 */
export const searchVocabulary = (): Promise<{ query: QueryFile; vocabulary: VocabularyFile }> => (built ??= build());

let built: Promise<{ query: QueryFile; vocabulary: VocabularyFile }> | undefined;

async function build(): Promise<{ query: QueryFile; vocabulary: VocabularyFile }> {
	const texts: string[] = [];
	// The words of what pages are called (names, titles, terms): a reader searches for them, however common.
	const named = new Set<string>();
	for (const name of searchable) {
		for (const entry of await getCollection(name)) {
			texts.push([...stringsIn(entry.data), bodyText(entry)].join(' '));
			const data = entry.data as Record<string, unknown>;
			const names = ['name', 'title', 'label', 'term', 'expansion', 'acronym']
				.map((field) => data[field])
				.filter((value) => typeof value === 'string');
			for (const word of names.join(' ').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) named.add(word.toLowerCase());
		}
	}
	for (const letter of await allLetters()) texts.push(letterText(letter));
	const pages = new Map<string, Map<string, number>>();
	for (const text of texts) {
		const seen = new Set<string>();
		for (const word of text.match(/[\p{L}\p{M}\p{N}]{2,}/gu) ?? []) {
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
	const isName = (word: string) =>
		[...(pages.get(word)?.keys() ?? [])].some((spelling) => spelling.length > 1 && spelling === spelling.toUpperCase());
	const common = words.filter(([word, n]) => n > texts.length * tooCommon && !named.has(word.toLowerCase())).map(([word]) => word.toLowerCase());
	const stop = [...new Set([...asking, ...common])].filter((word) => !isName(word)).sort();
	const label = (name: CollectionName) => collections[name].label;
	// A glossary entry for a thing that has its own page (an organisation, a person…) only explains its name.
	const key = (name: string) =>
		name
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim();
	const ownNames = new Set<string>();
	for (const name of ['people', 'organizations'] as const) for (const entry of await getCollection(name)) ownNames.add(key(entry.data.name));
	const glossed = (await getCollection('glossary'))
		.filter(({ data }) => [data.term, data.expansion ?? '', ...data.matches].some((name) => ownNames.has(key(name))))
		.map(({ data }) => data.term);
	const letters = foldingLetters();
	return {
		query: {
			letters,
			stop,
			glossed,
			kinds: {
				letter: label('letters'),
				note: label('annotations'),
				glossary: label('glossary'),
				who: [label('people'), label('organizations')],
				when: [label('events')],
				reply: [label('questions')],
			},
		},
		vocabulary: { letters, words: words.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) },
	};
}
