import { distance, fold, phoneticKey, tolerance, type LetterMap } from './spelling.ts';

/**
 * The site's vocabulary, as the build writes it (`/search/vocabulary.json`): the words of every
 * searchable page (names, titles, summaries, running text) and of the letters, each with how many pages
 * use it, the words too common to search for, the kinds of page that answer questions, and the map of
 * letters to fold.
 */
export interface VocabularyFile {
	letters: LetterMap;
	/** Each word as the site writes it most often, and how many pages use it. */
	words: [word: string, pages: number][];
}

/**
 * What search needs to read every query (`/search/query.json`, small): the letters to fold, the words
 * that carry no meaning for this site, and the kinds of page. The vocabulary's words load only when a
 * query may need forgiving.
 */
export interface QueryFile {
	letters: LetterMap;
	/** Words that carry no meaning for this site: how readers ask, and words on most of its pages. */
	stop: string[];
	/** Glossary terms for things that have a page of their own: the entry comes after that page. */
	glossed: string[];
	/** The kinds of page (their labels): the letter, a note, a glossary entry, and those that answer who, when and reply questions first. */
	kinds: { letter: string; note: string; glossary: string; who: string[]; when: string[]; reply: string[] };
}

/** Where search finds its files: what every query needs, and the vocabulary's words, loaded when needed. */
export interface SearchFiles {
	query(): Promise<QueryFile>;
	words(): Promise<VocabularyFile['words']>;
}

/** A better query for what the reader typed: a spelling variant of a site word is sure; a typo, likely. */
interface Suggestion {
	query: string;
	sure: boolean;
}

interface Known {
	word: string;
	key: string;
	pages: number;
}

/** The vocabulary, indexed for lookups: by folded spelling, and by phonetic key. */
export class Vocabulary {
	readonly #letters: LetterMap;
	readonly #folded = new Map<string, Known>();
	readonly #byKey = new Map<string, Known>();
	readonly #all: Known[] = [];

	constructor(file: VocabularyFile) {
		this.#letters = file.letters;
		for (const [word, pages] of file.words) {
			const folded = fold(word, this.#letters);
			const known = { word, key: phoneticKey(folded), pages };
			this.#folded.set(folded, known);
			this.#all.push(known);
			const rival = this.#byKey.get(known.key);
			if (!rival || rival.pages < pages) this.#byKey.set(known.key, known);
		}
	}

	/** The query with every word the site does not have replaced by the site word it most likely means. */
	suggest(query: string): Suggestion | undefined {
		let sure = true;
		let changed = false;
		const corrected = query.replace(/[\p{L}\p{M}\p{N}]+/gu, (token) => {
			const folded = fold(token, this.#letters);
			if (folded.length < 2) return token;
			const known = this.#folded.get(folded);
			// A site word typed in letters search cannot fold (Cyrillic, ł…): the site's own spelling finds it.
			if (known) return this.#unfoldable(token) ? ((changed = true), known.word) : token;
			const key = phoneticKey(folded);
			const variant = this.#byKey.get(key);
			const match = variant ?? this.#closest(key);
			if (!match) return token;
			if (!variant) sure = false;
			changed = true;
			return match.word;
		});
		return changed ? { query: corrected, sure } : undefined;
	}

	/** Whether a word holds a letter that only the letter map, not a Unicode decomposition, turns into ASCII. */
	#unfoldable(word: string): boolean {
		return [...word.normalize('NFD')].some((char) => char in this.#letters);
	}

	/** The site word whose key is fewest edits away (within the tolerance for its length), the commonest on a tie. */
	#closest(key: string): Known | undefined {
		const limit = tolerance(key.length);
		let best: Known | undefined;
		let bestDistance = limit + 1;
		for (const known of this.#all) {
			const d = distance(key, known.key, limit);
			if (d > limit) continue;
			if (d < bestDistance || (d === bestDistance && known.pages > best!.pages)) {
				best = known;
				bestDistance = d;
			}
		}
		return best;
	}
}

/**
 * What to do with a suggestion, for every search surface alike: search for it instead (saying so) when it
 * is a sure variant, when the query found nothing, or when what it found does not contain the words typed
 * (only look-alikes); otherwise keep the results and offer it as "Did you mean …?".
 */
export function useSuggestion(suggestion: Suggestion, found: number, typedWordsFound: boolean): 'instead' | 'offer' {
	return suggestion.sure || found === 0 || !typedWordsFound ? 'instead' : 'offer';
}

/**
 * Whether the excerpts of results mark a word of the query: the words typed were found, not only words
 * that begin alike. (Pagefind's excerpts are its own plain text with `<mark>` around matches.)
 */
export function marksTypedWords(query: string, excerpts: string[], letters: LetterMap): boolean {
	const typed = (query.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((word) => fold(word, letters)).filter((word) => word.length > 1);
	const marked = excerpts.flatMap((excerpt) => [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => fold(m[1]!, letters)));
	// A mark may be the typed word, the word completed (Pagefind matches prefixes) or its stem; a short
	// look-alike ("do" for "dosmagambatov") is none of these.
	return typed.some((word) => marked.some((mark) => mark.startsWith(word) || (word.startsWith(mark) && mark.length >= word.length - 3)));
}
