import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgmentsFile, rankJudgments, type Judgments } from '../../scripts/lib/relevance.ts';
import { basePath, distDir, fileOf, sitePath } from './dist.ts';

/**
 * Search answers: on the judgments kept with the content (queries readers type, each with the pages
 * that should come first and those that belong in the top 3, written before any search ran), the site's
 * own search (Pagefind with the site's options and its forgiving layer) puts a right page first
 * often enough. Deterministic: the same index gives the same ranks.
 */
const judgments = JSON.parse(readFileSync(judgmentsFile, 'utf8')) as Judgments;

describe(`search relevance on ${judgments.queries.length} judged queries`, async () => {
	const report = await rankJudgments(distDir, basePath, judgments);

	it('judges only pages that exist', () => {
		const missing = judgments.queries.flatMap((q) => [...q.first, ...q.top3]).filter((path) => !fileOf(sitePath(path)));
		expect(missing).toEqual([]);
		expect(existsSync(distDir)).toBe(true);
	});

	it('puts a right page first: mean reciprocal rank at least 0.95', () => {
		const below = report.queries.filter((q) => q.rank !== 1).map((q) => `${q.query} → rank ${q.rank || 'none'}: ${q.top.join(' ')}`);
		expect(report.mrr, below.join('\n')).toBeGreaterThanOrEqual(0.95);
	});

	it('never puts the right page below second', () => {
		expect(report.queries.filter((q) => q.rank === 0 || q.rank > 2).map((q) => `${q.query} → rank ${q.rank || 'none'}: ${q.top.join(' ')}`)).toEqual(
			[],
		);
	});
});
