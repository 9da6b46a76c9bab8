import type { Root } from 'hast';
import { h } from 'hastscript';
import { wrapRange } from './annotate.ts';

/** A claim or request ready to be marked: where the content pipeline found its quote, and the tag shown after it. */
interface ClaimMark {
	id: string;
	/** Offsets in the letter's text (as `textRuns` reads it); none when the quote was not found. */
	placement: { start: number; end: number } | undefined;
	/** What the reader sees after the passage when claims are shown, e.g. "claim · sources disagree". */
	tag: string;
}

/**
 * Marks each claim's passage with `<span data-claim="N">`, N its place in the list from 1 (one span per text
 * node it spans, so the words and the notes' marks are never changed); the last span carries the tag, which
 * CSS shows only when the reader switches claims on. No text is added to the letter, and the markup is kept
 * to the least, since it weighs on the letter's first view. Returns the ids of claims that could not be placed.
 */
export function markClaims(tree: Root, claims: readonly ClaimMark[]): string[] {
	const misses: string[] = [];
	for (const [index, claim] of claims.entries()) {
		const placed =
			claim.placement &&
			wrapRange(tree, claim.placement, (text, last) => h('span', { dataClaim: index + 1, dataClaimTag: last ? claim.tag : undefined }, text));
		if (!placed) misses.push(claim.id);
	}
	return misses;
}
