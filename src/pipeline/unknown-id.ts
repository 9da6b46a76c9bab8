import { distance } from '../search/spelling.ts';

/** The `count` candidates closest to `word` by edit distance (ties in alphabetical order), for "did you mean". */
export function closest(word: string, candidates: Iterable<string>, count = 3): string[] {
	return [...candidates]
		.map((candidate) => ({ candidate, d: distance(word, candidate, Math.max(word.length, candidate.length)) }))
		.sort((x, y) => x.d - y.d || x.candidate.localeCompare(y.candidate))
		.slice(0, count)
		.map(({ candidate }) => candidate);
}

/**
 * `no entry "x" in people; did you mean "y"? (14 known)`: names the missing id, the closest
 * known ones, and how many there are, without printing thousands of ids.
 */
export function unknownIdMessage(id: string, collection: string, known: Iterable<string>): string {
	const ids = [...known];
	if (ids.length === 0) return `no entry "${id}" in ${collection}; that collection is empty`;
	const suggestions = closest(id, ids).map((candidate) => `"${candidate}"`);
	return `no entry "${id}" in ${collection}; did you mean ${suggestions.join(' or ')}? (${ids.length} known)`;
}
