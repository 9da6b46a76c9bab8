import { fold, type LetterMap } from './spelling.ts';

/** What a question asks for, when the reader typed one: the kind of page that answers it first. */
export type Intent = 'who' | 'when' | 'where' | 'reply';

/** What the reader typed, understood: the words that carry meaning, the phrases, and what a question asks. */
interface Query {
	/** The words to search for, as typed (markup left out, stop words dropped), phrases' words included. */
	words: string[];
	/** The words typed outside quotation marks, every one, in order. */
	typed: string[];
	/** Each quoted phrase, its words as typed. */
	phrases: string[][];
	/** What a question asks for, if the query is one. */
	intent?: Intent;
	/** The text the query was read from, when markup was left out of what the reader typed. */
	withoutMarkup?: string;
}

/** Quotation marks, dashes and apostrophes as typed on any keyboard, folded to the plain ones. */
const typographic: [RegExp, string][] = [
	[/[“”„‟«»〝〞＂]/g, '"'],
	[/[‘’‚‛′`´]/g, "'"],
	[/[‐‑‒–—―−]/g, '-'],
];

/** The words of a text: letters, marks and digits, kept together across an apostrophe (Kazakhstan's). */
const wordsOf = (text: string) => text.match(/[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu) ?? [];

/** What the reader typed between spaces, without the punctuation around it: "E-007125/2014" and "HR/VP" stay whole. */
const tokensOf = (text: string) =>
	text
		.split(/\s+/)
		.map((token) => token.replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, ''))
		.filter(Boolean);

/** Words that open a question or ask for its answer, and what the question then asks for. */
const asking: Record<string, Intent | undefined> = { who: 'who', whom: 'who', whose: 'who', when: 'when', where: 'where' };
const replyWords = /^(answer|answers|answered|answering|reply|replies|replied|replying|respond|responded|response|responses)$/;
const questionStart = /^(who|whom|whose|when|what|which|where|why|how|did|does|do|is|was|were|has|have|had|can|could|will|would|are)$/;
/** "What year", "which date": a when-question without "when". */
const timeWords = /^(year|years|date|dates|day|month)$/;

/**
 * Reads what a reader typed: markup left out (it is text, not a command), quoted phrases (straight or
 * curly quotes) kept whole, a question recognised by its first word or its question mark, and words that
 * carry no meaning for this site (`stop`, built from the content) dropped while others remain.
 */
export function understandQuery(typed: string, stop: ReadonlySet<string>, letters: LetterMap): Query {
	let text = typed;
	for (const [pattern, plain] of typographic) text = text.replace(pattern, plain);
	const stripped = text.replace(/<\/?[a-z!][^>]*>?/gi, ' ');
	const withoutMarkup = stripped === text ? undefined : stripped.replace(/\s+/g, ' ').trim();
	text = stripped;
	const phrases = [...text.matchAll(/"([^"]+)"/g)].map((match) => tokensOf(match[1]!)).filter((words) => words.length > 0);
	const loose = tokensOf(text.replace(/"[^"]*"/g, ' '));
	const folded = loose.map((word) => fold(word, letters));
	const isQuestion = /\?\s*$/.test(text) || (folded.length > 1 && questionStart.test(folded[0]!));
	let intent: Intent | undefined;
	if (isQuestion) {
		intent =
			asking[folded[0]!] ?? (folded.slice(0, 3).some((word) => timeWords.test(word)) && /^(what|which|in)$/.test(folded[0]!) ? 'when' : undefined);
		if (folded.some((word) => replyWords.test(word))) intent = 'reply';
	}
	// A question's own words (who, did, year…) are the question, not its subject.
	const meaningless = (word: string) =>
		stop.has(word) ||
		(isQuestion && (questionStart.test(word) || (intent === 'when' && timeWords.test(word)) || (intent === 'reply' && replyWords.test(word))));
	const kept = loose.filter((_, i) => !meaningless(folded[i]!));
	const words = [...phrases.flat(), ...(kept.length > 0 || phrases.length > 0 ? kept : loose)];
	return { words, typed: loose, phrases, ...(intent ? { intent } : {}), ...(withoutMarkup !== undefined ? { withoutMarkup } : {}) };
}

/** A text reduced to its folded words, space-separated, for finding a phrase in a page's text. */
export const foldedText = (text: string, letters: LetterMap) =>
	` ${wordsOf(text.replace(/[‘’]/g, "'"))
		.map((word) => fold(word, letters))
		.join(' ')} `;
