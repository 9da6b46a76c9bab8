import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { judgmentsFile, type Judgments } from '../../scripts/lib/relevance.ts';
import { openSearch } from '../../scripts/lib/search-in-node.ts';
import { basePath, distDir } from '../site.ts';
import { useSiteInBrowser } from './browser.ts';

/**
 * Every search surface answers as the relevance test measures: the search page shows the same first
 * results, and says the same thing about a query it corrected, as the site's search run in Node.
 */
const run = useSiteInBrowser();
const judgments = JSON.parse(readFileSync(judgmentsFile, 'utf8')) as Judgments;
const inNode = await openSearch(distDir, basePath);
// The queries search has to forgive, and a few names: each one a page load, so not every judged query.
const sample = judgments.queries
	.filter((q) => q.kind === 'misspelling' || q.kind === 'transliteration')
	.concat(judgments.queries.filter((q) => q.kind === 'name').slice(0, 4));

/** The result links the search page shows first, once they are there. */
async function shown(page: Page, count: number): Promise<string[]> {
	const links = page.locator('[data-search-results] a.search-result-link');
	await links.first().waitFor({ state: 'attached', timeout: 30_000 });
	await expect.poll(async () => (await links.count()) >= count, { timeout: 30_000 }).toBe(true);
	return (await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, count);
}

describe('the search page answers as the site’s search does', () => {
	it.each(sample.map((q) => [q.query, q]))('?q=%s', async (_, judgment) => {
		const expected = await inNode(judgment.query, 3);
		const page = await run.browser.context.newPage();
		try {
			await page.goto(run.site.url(`/search/?q=${encodeURIComponent(judgment.query)}`));
			expect(await shown(page, Math.min(3, expected.paths.length))).toEqual(expected.paths);
			const notice = page.locator('[data-search-correction]');
			if (expected.correction?.showing) {
				await expect.poll(() => notice.innerText(), { timeout: 10_000 }).toContain(`Showing results for ${expected.correction.showing}`);
			} else if (expected.correction?.didYouMean) {
				await expect.poll(() => notice.innerText(), { timeout: 10_000 }).toContain(`Did you mean ${expected.correction.didYouMean}?`);
			} else {
				expect(await notice.isHidden()).toBe(true);
			}
		} finally {
			await page.close();
		}
	});
});

describe('the header search box', () => {
	it('forgives too, and says what it searched for', async () => {
		const judgment = judgments.queries.find((q) => q.kind === 'transliteration' && /[^\x00-\x7f]/.test(q.query))!;
		const expected = await inNode(judgment.query, 1);
		const page = await run.browser.context.newPage();
		try {
			await page.goto(run.site.url('/'));
			const box = page.locator('#site-search-input');
			await box.focus();
			await box.fill(judgment.query);
			await expect.poll(() => page.locator('.search-dropdown .search-correction').innerText(), { timeout: 30_000 }).toContain('Showing results for');
			const first = page.locator('.search-dropdown a.search-result-link').first();
			await first.waitFor({ state: 'attached', timeout: 30_000 });
			expect(new URL((await first.getAttribute('href'))!, page.url()).pathname).toBe(expected.paths[0]);
		} finally {
			await page.close();
		}
	});
});
