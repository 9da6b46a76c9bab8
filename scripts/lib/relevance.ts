/**
 * Search relevance on a set of judged queries: mean reciprocal rank of the first right page, and
 * precision at 3. Shared by the relevance test (tests/build/search-relevance.test.ts) and `npm run bench`.
 */
import { contentRoot } from '../../src/pipeline/root.ts';
import { judgmentsFileOf } from './content-set.ts';
import { openSearch } from './search-in-node.ts';

/** One query a reader would type, with the pages that should come first and those that belong in the top 3. */
export interface Judgment {
	query: string;
	kind: string;
	first: string[];
	top3: string[];
	why?: string;
}
export interface Judgments {
	about: string;
	queries: Judgment[];
}

/** The judgments kept for a content folder: the site's own, or a fixture set's beside its content. */
export const judgmentsFile = judgmentsFileOf(contentRoot);

export interface RelevanceReport {
	mrr: number;
	precisionAt3: number;
	queries: { query: string; kind: string; rank: number; top: string[] }[];
}

/** Runs every judged query on a built site and scores the ranks (paths in judgments are without the base path). */
export async function rankJudgments(dist: string, base: string, judgments: Judgments): Promise<RelevanceReport> {
	const search = await openSearch(dist, base);
	const queries = [];
	let reciprocal = 0;
	let precision = 0;
	for (const judgment of judgments.queries) {
		const paths = (await search(judgment.query)).paths.map((path) => `/${path.slice(base.length)}`);
		const rank = paths.findIndex((path) => judgment.first.includes(path)) + 1;
		const relevant = new Set([...judgment.first, ...judgment.top3]);
		reciprocal += rank ? 1 / rank : 0;
		precision += paths.slice(0, 3).filter((path) => relevant.has(path)).length / 3;
		queries.push({ query: judgment.query, kind: judgment.kind, rank, top: paths.slice(0, 3) });
	}
	const n = judgments.queries.length;
	return { mrr: reciprocal / n, precisionAt3: precision / n, queries };
}
