import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgmentsFileOf } from '../../scripts/lib/content-set.ts';
import type { Judgments } from '../../scripts/lib/relevance.ts';

/** The publication's own judgments (the relevance test and `npm run bench` score search on them). */
const judgments = JSON.parse(readFileSync(judgmentsFileOf('content'), 'utf8')) as Judgments;

describe('the search judgments kept for the content', () => {
	it('judge at least 30 queries, of every kind readers type', () => {
		expect(judgments.queries.length).toBeGreaterThanOrEqual(30);
		const kinds = new Set(judgments.queries.map((q) => q.kind));
		for (const kind of ['name', 'misspelling', 'acronym', 'topic', 'phrase', 'place', 'transliteration']) expect(kinds, kind).toContain(kind);
	});

	it('give every query a page that should come first, and no page twice', () => {
		for (const { query, first, top3 } of judgments.queries) {
			expect(first.length, query).toBeGreaterThan(0);
			expect(new Set([...first, ...top3]).size, query).toBe(first.length + top3.length);
		}
	});
});
