import { foldedText, understandQuery, type Intent } from './query.ts';
import { fold, type LetterMap } from './spelling.ts';
import { marksTypedWords, useSuggestion, Vocabulary, type QueryFile, type SearchFiles } from './vocabulary.ts';

/** The part of Pagefind's search API this layer wraps (pagefind.js, as the Component UI loads it). */
export interface PagefindResult {
	/** The page's id in the index: the same page has the same id in every search. */
	id: string;
	data(): Promise<{ url: string; excerpt: string; content?: string; meta: Record<string, string | undefined>; filters?: Record<string, string[]> }>;
}
export interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount?: number;
}
export type PagefindSearch = (term: string | null, options?: unknown) => Promise<PagefindResponse | null>;

/**
 * What search did with what the reader typed, for the page to say: searched for another spelling
 * (`showing`), or offers one (`didYouMean`); found no page with all the words and shows those with most
 * of them (`mostOf`); found no page with a quoted phrase as typed (`phrase`); left markup out (`markup`).
 */
export interface Correction {
	typed: string;
	showing?: string;
	didYouMean?: string;
	mostOf?: string[];
	phrase?: string;
	markup?: true;
}

/** Results whose data are read to put the page named so first: the first results, which a results list loads anyway. */
const looked = 5;
/** Results read to find a quoted phrase or the kind of page a question asks for. */
const read = 10;
/** Fewer pages than this with every word: the pages with most of the words follow them. */
const few = 3;
/** A query of this many words or more is also read as a phrase. */
const phraseWords = 3;
/** At most this many words are searched one by one for the pages with most of them. */
const mostWords = 6;

/** Words that name nothing by themselves, left out when a query is matched against a page's names. */
const stopWords = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to', 'with']);

/**
 * Pagefind's search, made to understand and to forgive, for every search surface alike. A query is read
 * first (src/search/query.ts): markup left out, quoted phrases kept whole, a question's own words and the
 * words that mean nothing on this site dropped. A word the site does not have is searched as the site
 * spells it when that is sure (another script, another transliteration, a missing diacritic) or when the
 * typed words found nothing, and otherwise offered ("Did you mean …?"). When no page (or very few) has
 * every word, the pages with most of them follow. Then the page whose own name was searched comes first,
 * a quoted phrase's pages before those with its words apart, and for a question the kind of page that
 * answers it (who: people and organisations; when and where: events; a reply: the pages about replies,
 * the written questions).
 */
export function forgivingSearch(search: PagefindSearch, files: SearchFiles, report: (correction: Correction | undefined) => void): PagefindSearch {
	let vocabulary: Vocabulary | undefined;
	let stop: Set<string> | undefined;
	return async (term, options) => {
		if (!term?.trim()) return search(term, options);
		const file = await files.query();
		stop ??= new Set(file.stop);
		const query = understandQuery(term, stop, file.letters);
		const note: Correction = { typed: term };
		if (query.withoutMarkup !== undefined) Object.assign(note, { markup: true, showing: query.words.join(' ') });
		if (query.words.length === 0) {
			report(note.markup ? note : undefined);
			return { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {}, timings: [] } as PagefindResponse;
		}
		let searched = query.words.join(' ');
		let response = await search(searched, options);
		if (!response) return response;
		const excerpts = await Promise.all(response.results.slice(0, 3).map(async (result) => (await result.data()).excerpt));
		const marked = marksTypedWords(searched, excerpts, file.letters);
		// The vocabulary (the largest file) is needed only when the query may need forgiving: another
		// script, few pages found, or pages that do not show the words typed.
		const forgive = /[^\x00-\x7f]/.test(searched) || response.results.length < few || !marked;
		if (forgive) vocabulary ??= new Vocabulary({ letters: file.letters, words: await files.words() });
		const suggestion = forgive ? vocabulary!.suggest(searched) : undefined;
		if (suggestion) {
			if (useSuggestion(suggestion, response.results.length, marked) === 'instead') {
				response = (await search(suggestion.query, options)) ?? response;
				searched = suggestion.query;
				note.showing = suggestion.query;
			} else {
				note.didYouMean = suggestion.query;
			}
		}
		let results = response.results;
		const terms = searched.split(' ');
		if (results.length < few && terms.length > 1) {
			const more = await withMostOf(search, terms, options);
			if (results.length === 0 && more.length > 0) note.mostOf = terms;
			results = [...results, ...more.filter((result) => !results.some((found) => found.id === result.id))];
		}
		const kinds = file.kinds;
		const letters = await search(searched, {
			...(options as object),
			filters: { ...((options as { filters?: object })?.filters ?? {}), type: kinds.letter },
		});
		// Words typed in a row, as a passage is quoted without quotation marks, after a question's own words are gone.
		const inARow = !query.intent && !note.showing && query.phrases.length === 0 && query.typed.length >= phraseWords ? query.typed : undefined;
		results = await namedFirst(results, letters?.results[0], searched, file.letters, {
			glossary: kinds.glossary,
			note: kinds.note,
			glossed: file.glossed,
			inARow,
		});
		if (query.intent) results = await answersFirst(results, query.intent, nameWords(searched, file.letters), kinds, file.letters);
		if (query.phrases.length > 0) {
			const { ordered, found } = await phrasesFirst(results, query.phrases, file.letters);
			if (!found && ordered.length > 0) note.phrase = query.phrases.map((phrase) => phrase.join(' ')).join('”, “');
			results = ordered;
		}
		report(Object.keys(note).length > 1 ? note : undefined);
		return { ...response, results, unfilteredResultCount: Math.max(response.unfilteredResultCount ?? 0, results.length) };
	};
}

/**
 * The pages with most of the words, when no page has them all: each word searched alone, the pages
 * ranked by how many of the words they have, then by how high they came for each.
 */
async function withMostOf(search: PagefindSearch, terms: string[], options: unknown): Promise<PagefindResult[]> {
	const scores = new Map<string, { result: PagefindResult; words: number; rank: number }>();
	for (const term of terms.slice(0, mostWords)) {
		const found = (await search(term, options))?.results ?? [];
		found.forEach((result, i) => {
			const score = scores.get(result.id) ?? { result, words: 0, rank: 0 };
			score.words += 1;
			score.rank += 1 / (i + 1);
			scores.set(result.id, score);
		});
	}
	return [...scores.values()]
		.filter((score) => score.words > 1 || terms.length === 1 || scores.size <= read)
		.sort((a, b) => b.words - a.words || b.rank - a.rank)
		.map((score) => score.result);
}

/**
 * Among the first results, the pages of the kind a question asks for move up; within a kind, those whose
 * title holds more of the question's words first, then in their order.
 */
async function answersFirst(
	results: PagefindResult[],
	intent: Intent,
	words: string[],
	kinds: QueryFile['kinds'],
	letters: LetterMap,
): Promise<PagefindResult[]> {
	const head = results.slice(0, read);
	const grades = await Promise.all(
		head.map(async (result) => {
			const { meta } = await result.data();
			const type = meta.type ?? '';
			const title = nameWords(`${meta.title ?? ''} ${meta.about ?? ''}`, letters);
			const hits = words.filter((word) => title.includes(word)).length;
			if (intent === 'who') return { grade: kinds.who.includes(type) ? 0 : 1, hits };
			if (intent === 'when') return { grade: kinds.when.includes(type) ? 0 : meta.date ? 1 : 2, hits };
			if (intent === 'where') return { grade: kinds.when.includes(type) ? 0 : 1, hits };
			const aboutReply = title.some((word) => /^(answer|repl|respon)/.test(word));
			return { grade: aboutReply ? 0 : kinds.reply.includes(type) ? 1 : 2, hits };
		}),
	);
	const order = head.map((result, i) => ({ result, ...grades[i]!, i })).sort((a, b) => a.grade - b.grade || b.hits - a.hits || a.i - b.i);
	return [...order.map(({ result }) => result), ...results.slice(read)];
}

/** The first results that hold every quoted phrase (its words in a row) move up; `found` says whether any did. */
async function phrasesFirst(results: PagefindResult[], phrases: string[][], letters: LetterMap) {
	const head = results.slice(0, read);
	const wanted = phrases.map((phrase) => foldedText(phrase.join(' '), letters));
	const has = await Promise.all(
		head.map(async (result) => {
			const text = foldedText((await result.data()).content ?? '', letters);
			return wanted.every((phrase) => text.includes(phrase));
		}),
	);
	return { ordered: [...head.filter((_, i) => has[i]), ...head.filter((_, i) => !has[i]), ...results.slice(read)], found: has.some(Boolean) };
}

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

/** How much of a page's best name the query's words cover, how many of the query's words it holds, and the others. */
function partly(query: string[], about: string | undefined, letters: LetterMap): { share: number; held: number; others: string[] } {
	let best = { share: 0, held: 0, others: query };
	for (const name of (about ?? '').split('; ')) {
		const words = nameWords(name, letters);
		const held = query.filter((word) => words.includes(word)).length;
		if (words.length > 0 && held > 0 && (held > best.held || (held === best.held && held / words.length > best.share)))
			best = { share: held / words.length, held, others: query.filter((word) => !words.includes(word)) };
	}
	return best;
}

/** How often a page's text uses each of some words (or words that begin alike: trial, trials; tortured), 0 when it lacks one. */
function uses(content: string | undefined, words: string[], letters: LetterMap): number {
	const text = foldedText(content ?? '', letters).split(' ');
	const counts = words.map((word) => word.slice(0, Math.max(4, word.length - 2))).map((stem) => text.filter((word) => word.startsWith(stem)).length);
	return counts.includes(0) ? 0 : counts.reduce((sum, n) => sum + n, 1);
}

const months = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** The words of a query that give a date: years, months, and days beside a month ("2 February 2015"). */
function dateWords(words: string[]): string[] {
	const month = words.some((word) => months.test(word));
	// A number that is neither a year nor a day is a reference (E-7406/2014), not a date.
	if (words.some((word) => /^\d+$/.test(word) && !/^(1[89]|20)\d\d$/.test(word) && !(month && /^\d{1,2}$/.test(word)))) return [];
	return words.filter((word) => /^(1[89]|20)\d\d$/.test(word) || months.test(word) || (month && /^\d{1,2}$/.test(word)));
}

/**
 * The results in the order a reader wants them: first the pages whose own date is the date typed; then
 * the page the query names (its own name, or at least half of it: a surname, an acronym's expansion),
 * the best-named first and a glossary entry after the thing's own page; then, when the query is within
 * one of its topics, the letter Pagefind ranks best, the document the site publishes (first, when no
 * page is named); then the other named pages; then the pages with the words typed in a row (`inARow`);
 * then the pages named by half the query (a name and a topic), those that use the topic most first;
 * then the rest in Pagefind's order.
 */
async function namedFirst(
	results: PagefindResult[],
	letter: PagefindResult | undefined,
	query: string,
	letters: LetterMap,
	{ glossary, note, glossed, inARow }: { glossary: string | undefined; note: string; glossed: string[]; inARow: string[] | undefined },
): Promise<PagefindResult[]> {
	const phrase = inARow && foldedText(inARow.join(' '), letters);
	const words = nameWords(query, letters);
	const dates = dateWords(words);
	const top = await Promise.all(
		results.slice(0, looked).map(async (result) => {
			const data = await result.data();
			const dated = dates.length > 0 && dates.every((word) => nameWords(data.meta.date ?? '', letters).includes(word));
			const glossed = data.meta.type === glossary ? 1 : 0;
			const part = partly(words, data.meta.about, letters);
			const names = [data.meta.about, data.meta.title].filter(Boolean).join('; ');
			const quoted = phrase !== undefined && foldedText(data.content ?? '', letters).includes(phrase);
			return {
				result,
				names: data.meta.about ?? '',
				dated,
				glossed,
				quoted,
				share: naming(words, names, letters),
				part,
				uses: part.held > 0 ? uses(data.content, part.others, letters) : 0,
			};
		}),
	);
	const named =
		words.length === 0
			? []
			: top
					.filter(({ share }) => share >= 0.5)
					.sort((a, b) => b.share - a.share || a.glossed - b.glossed)
					.map(({ result }) => result);
	const dated = top.filter(({ dated }) => dated).map(({ result }) => result);
	const halfNamed = top
		.filter(({ share, part, uses }) => share < 0.5 && (part.share >= 0.5 || part.held >= 2) && uses > 0)
		.sort((a, b) => b.part.held - a.part.held || b.uses - a.uses)
		.map(({ result }) => result);
	// The filtered search found the same page under the same id; it moves up only within one of its topics.
	const candidate = letter && results.find((result) => result.id === letter.id);
	const topics = candidate ? ((await candidate.data()).meta.topics ?? '').split('; ').map((topic) => nameWords(topic, letters)) : [];
	const theLetter = words.length > 0 && topics.some((topic) => words.every((word) => topic.includes(word))) ? candidate : undefined;
	const quoted = top.filter(({ quoted }) => quoted).map(({ result }) => result);
	const order = [...dated, ...named.slice(0, 1), ...(theLetter ? [theLetter] : []), ...named.slice(1), ...quoted, ...halfNamed];
	const first = [...new Set(order)];
	const ranked = [...first, ...results.filter((result) => !first.includes(result))];
	return textBeforeNotes(ownPageBeforeGloss(ranked, top, glossed, letters), candidate, note);
}

/**
 * A glossary entry for a thing that has its own page comes after that page, or, when the search did not
 * find that page, after the page below it: the glossary only explains the name (`glossed`, from the build).
 */
function ownPageBeforeGloss(
	results: PagefindResult[],
	top: { result: PagefindResult; glossed: number; names: string }[],
	glossed: string[],
	letters: LetterMap,
): PagefindResult[] {
	const key = (name: string) => nameWords(name, letters).join(' ');
	const namesOf = (entry: { names: string }) => new Set(entry.names.split('; ').map(key).filter(Boolean));
	const explainsOwnPage = new Set(glossed.map(key));
	let order = results;
	for (const gloss of top.filter(({ glossed }) => glossed)) {
		const glossNames = namesOf(gloss);
		const own = top.find((page) => !page.glossed && [...namesOf(page)].some((name) => glossNames.has(name)));
		const at = order.indexOf(gloss.result);
		const after = own ? order.indexOf(own.result) : [...glossNames].some((name) => explainsOwnPage.has(name)) ? at + 1 : -1;
		if (after <= at || after >= order.length) continue;
		const rest = order.filter((result) => result !== gloss.result);
		rest.splice(after, 0, gloss.result);
		order = rest;
	}
	return order;
}

/** A note never comes before the letter it comments on, when both match: the letter's passage is the source. */
async function textBeforeNotes(results: PagefindResult[], letter: PagefindResult | undefined, note: string): Promise<PagefindResult[]> {
	const at = letter ? results.indexOf(letter) : -1;
	if (at <= 0) return results;
	const title = (await letter!.data()).meta.title;
	for (let i = 0; i < Math.min(at, looked); i++) {
		const data = await results[i]!.data();
		if (data.meta.type === note && (data.filters?.letter ?? []).includes(title ?? '')) {
			return [...results.slice(0, i), letter!, ...results.slice(i).filter((result) => result !== letter)];
		}
	}
	return results;
}
