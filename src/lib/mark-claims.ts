import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { textRuns } from '../pipeline/annotatable-text.ts';
import { findQuote, type TextQuote } from '../pipeline/text-quote.ts';

/** A claim or request ready to be marked: where it anchors, and the tag shown after it when marks are on. */
export interface ClaimMark {
	id: string;
	quote: TextQuote;
	/** What the reader sees after the passage when claims are shown, e.g. "claim · sources disagree". */
	tag: string;
}

/**
 * Marks each claim's quote with `<span data-claim="N">`, N its place in the list from 1 (one span per text
 * node it spans, so the words and the notes' marks are never changed); the last span carries the tag, which
 * CSS shows only when the reader switches claims on. No text is added to the letter, and the markup is kept
 * to the least, since it weighs on the letter's first view. Returns the ids of claims that could not be placed.
 */
export function markClaims(tree: Root, claims: readonly ClaimMark[]): string[] {
	const misses: string[] = [];
	for (const [index, claim] of claims.entries()) {
		const runs = textRuns(tree);
		const match = findQuote(runs.map((run) => run.node.value).join(''), claim.quote);
		if (!match.found) {
			misses.push(claim.id);
			continue;
		}
		const spans = runs.filter((run) => Math.max(match.start, run.start) < Math.min(match.end, run.start + run.node.value.length));
		spans.forEach((run, i) => {
			const from = Math.max(match.start, run.start) - run.start;
			const to = Math.min(match.end, run.start + run.node.value.length) - run.start;
			const value = run.node.value;
			const last = i === spans.length - 1;
			const span = h('span', { dataClaim: index + 1, dataClaimTag: last ? claim.tag : undefined }, value.slice(from, to));
			const pieces: ElementContent[] = [];
			if (from > 0) pieces.push({ type: 'text', value: value.slice(0, from) });
			pieces.push(span);
			if (to < value.length) pieces.push({ type: 'text', value: value.slice(to) });
			const parent = run.path.at(-1)!;
			parent.children.splice(parent.children.indexOf(run.node), 1, ...(pieces as never[]));
		});
	}
	return misses;
}
