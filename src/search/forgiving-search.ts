import { kindNames } from '../kind-names.ts';
import { fold, type LetterMap } from './spelling.ts';
import { marksTypedWords, useSuggestion, Vocabulary, type VocabularyFile } from './vocabulary.ts';

/** The part of Pagefind's search API this layer wraps (pagefind.js, as the Component UI loads it). */
export interface PagefindResult {
	/** The page's id in the index: the same page has the same id in every search. */
	id: string;
	data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined>; filters?: Record<string, string[]> }>;
}
export interface PagefindResponse {
	results: PagefindResult[];
}
export type PagefindSearch = (term: string | null, options?: unknown) => Promise<PagefindResponse | null>;

/** What search did with what the reader typed, for the page to say. */
export type Correction = { typed: string; showing: string } | { typed: string; didYouMean: string };

/** Results whose data are loaded to put the page named so first: those a results list shows first, which it loads anyway. */
const looked = 5;

/**
 * Pagefind's search, made to forgive and to answer, for every search surface alike: a query with a word
 * the site does not have is searched as the site spells it when that is sure (another script, another
 * transliteration, a missing diacritic) or when the typed words found nothing of their own, and otherwise
 * offered ("Did you mean …?"); and a page whose own name is what was searched comes first.
 */
export function forgivingSearch(search: PagefindSearch, vocabulary: () => Promise<VocabularyFile>, report: (correction: Correction | undefined) => void): PagefindSearch {
	let words: Vocabulary | undefined;
	return async (term, options) => {
		if (!term?.trim()) return search(term, options);
		const file = await vocabulary();
		words ??= new Vocabulary(file);
		// Pagefind wants every word of a query on a page: the words that name nothing (of, the, to…) are left out.
		const query = (term.match(/[^\s]+/g) ?? []).filter((word) => !stopWords.has(fold(word, file.letters))).join(' ') || term;
		let response = await search(query, options);
		if (!response) return response;
		const suggestion = words.suggest(query);
		let searched = query;
		let correction: Correction | undefined;
		if (suggestion) {
			const excerpts = await Promise.all(response.results.slice(0, 3).map(async (result) => (await result.data()).excerpt));
			if (useSuggestion(suggestion, response.results.length, marksTypedWords(query, excerpts, file.letters)) === 'instead') {
				response = (await search(suggestion.query, options)) ?? response;
				searched = suggestion.query;
				correction = { typed: term, showing: suggestion.query };
			} else {
				correction = { typed: term, didYouMean: suggestion.query };
			}
		}
		report(correction);
		const letters = await search(searched, { ...(options as object), filters: { ...((options as { filters?: object })?.filters ?? {}), type: kindNames.letters.label } });
		return { ...response, results: await namedFirst(response.results, letters?.results[0], searched, file.letters) };
	};
}

/** Words that name nothing by themselves, left out when a query is matched against a page's names. */
const stopWords = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to', 'with']);

/** The words of a name or a query that name something, folded. */
const nameWords = (text: string, letters: LetterMap) =>
	(text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((word) => fold(word, letters)).filter((word) => word && !stopWords.has(word));

/**
 * How well a query names a page: the largest share of one of the page's `about` names that the query
 * covers, when the query's words are all in that name ("Dosmagambetov" covers half of "Maksat
 * Dosmagambetov"); 0 when no name holds every word of the query.
 */
function naming(query: string[], about: string | undefined, letters: LetterMap): number {
	let best = 0;
	for (const name of (about ?? '').split('; ')) {
		const words = nameWords(name, letters);
		if (words.length === 0 || !query.every((word) => words.includes(word))) continue;
		best = Math.max(best, query.length / words.length);
	}
	return best;
}

/**
 * The results in the order a reader wants them: first the page the query names (its own name, or at least
 * half of it: a surname, an acronym's expansion), the best-named first; then, when the query is one of its
 * topics, the letter Pagefind ranks best, the document the site publishes (first, when no page is named);
 * then the other named pages; then the rest in Pagefind's order.
 */
async function namedFirst(results: PagefindResult[], letter: PagefindResult | undefined, query: string, letters: LetterMap): Promise<PagefindResult[]> {
	const words = nameWords(query, letters);
	const top = await Promise.all(results.slice(0, looked).map(async (result) => ({ result, share: naming(words, (await result.data()).meta.about, letters) })));
	const named = words.length === 0 ? [] : top.filter(({ share }) => share >= 0.5).sort((a, b) => b.share - a.share).map(({ result }) => result);
	// The filtered search found the same page under the same id; it moves up only for one of its topics.
	const candidate = letter && results.find((result) => result.id === letter.id);
	const topics = candidate ? nameWords((await candidate.data()).meta.topics ?? '', letters) : [];
	const theLetter = words.length > 0 && words.every((word) => topics.includes(word)) ? candidate : undefined;
	const order = [...named.slice(0, 1), ...(theLetter ? [theLetter] : []), ...named.slice(1)];
	const first = [...new Set(order)];
	return textBeforeNotes([...first, ...results.filter((result) => !first.includes(result))], candidate);
}

/** A note never comes before the letter it comments on, when both match: the letter's passage is the source. */
async function textBeforeNotes(results: PagefindResult[], letter: PagefindResult | undefined): Promise<PagefindResult[]> {
	const at = letter ? results.indexOf(letter) : -1;
	if (at <= 0) return results;
	const title = (await letter!.data()).meta.title;
	for (let i = 0; i < Math.min(at, looked); i++) {
		const data = await results[i]!.data();
		if (data.meta.type === kindNames.annotations.label && (data.filters?.letter ?? []).includes(title ?? '')) {
			return [...results.slice(0, i), letter!, ...results.slice(i).filter((result) => result !== letter)];
		}
	}
	return results;
}
