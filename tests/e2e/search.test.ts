import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { basePath } from '../site.ts';
import { useSiteInBrowser } from './browser.ts';
import { searchCases, searchWord } from './pages.ts';

const run = useSiteInBrowser();

/** The site paths (without the base) of the result links on the search page, once there are any. */
async function resultPaths(page: Page): Promise<string[]> {
	const links = page.locator('pagefind-results a[href]');
	await links.first().waitFor({ state: 'attached', timeout: 30_000 });
	const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
	return hrefs.map((href) => new URL(href).pathname.replace(basePath, '/'));
}

/**
 * Opens /search/?q=… and returns the result paths once one of `expected` is among them. Pagefind
 * loads a result's link only when it scrolls into view, and may page with "Load more results":
 * scroll down a screen at a time, and press it while the expected page is not there yet.
 */
async function search(query: string, expected: string[]): Promise<string[]> {
	const page = await run.browser.context.newPage();
	try {
		await page.goto(run.site.url(`/search/?q=${encodeURIComponent(query)}`));
		const loadMore = page.locator('pagefind-results button', { hasText: /load more/i });
		const deadline = Date.now() + 30_000;
		let paths = await resultPaths(page);
		while (!paths.some((path) => expected.includes(path)) && Date.now() < deadline) {
			await page.mouse.wheel(0, 500);
			if (await loadMore.isVisible()) await loadMore.click();
			await page.waitForTimeout(250);
			paths = await resultPaths(page);
		}
		return paths;
	} finally {
		await page.close();
	}
}

describe('search, through the search page', () => {
	it.each(searchCases)('?q=%s finds %j', async (query, expected) => {
		const paths = await search(query, expected);
		expect(paths.filter((path) => expected.includes(path)), `results for "${query}": ${paths.join(', ')}`).not.toEqual([]);
	});

	it('finds nothing for a word that is nowhere on the site', async () => {
		const page = await run.browser.context.newPage();
		await page.goto(run.site.url('/search/?q=qwxzvbnmplk'));
		await expect.poll(() => page.locator('pagefind-summary').innerText(), { timeout: 30_000 }).toMatch(/no results/i);
		expect(await page.locator('pagefind-results a[href]').count()).toBe(0);
		await page.close();
	});

	it('keeps the query in the search box', async () => {
		const page = await run.browser.context.newPage();
		await page.goto(run.site.url(`/search/?q=${encodeURIComponent(searchWord)}`));
		await expect.poll(() => page.locator('pagefind-input input').inputValue(), { timeout: 30_000 }).toBe(searchWord);
		await page.close();
	});
});
