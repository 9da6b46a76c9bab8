import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { basePath } from '../site.ts';
import { useSiteInBrowser } from './browser.ts';
import { searchCases, searchWord } from './pages.ts';

const run = useSiteInBrowser();

/** The site paths (without the base) of the result links on the search page, once there are any. */
async function resultPaths(page: Page): Promise<string[]> {
	const links = page.locator('[data-search-results] a[href]');
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
		const loadMore = page.locator('[data-search-more]');
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
		expect(
			paths.filter((path) => expected.includes(path)),
			`results for "${query}": ${paths.join(', ')}`,
		).not.toEqual([]);
	});

	it('finds nothing for a word that is nowhere on the site', async () => {
		const page = await run.browser.context.newPage();
		await page.goto(run.site.url('/search/?q=qwxzvbnmplk'));
		await expect.poll(() => page.locator('[data-search-summary]').innerText(), { timeout: 30_000 }).toMatch(/no results/i);
		expect(await page.locator('[data-search-results] a[href]').count()).toBe(0);
		await page.close();
	});

	it('keeps the query in the search box', async () => {
		const page = await run.browser.context.newPage();
		await page.goto(run.site.url(`/search/?q=${encodeURIComponent(searchWord)}`));
		await expect.poll(() => page.locator('[data-search-page] input[name="q"]').inputValue(), { timeout: 30_000 }).toBe(searchWord);
		await page.close();
	});

	it('says what it searched when markup is typed, and shows none of it as markup', async () => {
		const page = await run.browser.context.newPage();
		await page.goto(run.site.url(`/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`));
		const notice = page.locator('[data-search-correction]');
		await expect.poll(() => notice.innerText(), { timeout: 30_000 }).toMatch(/markup is not searched/i);
		expect(await page.locator('main img').count()).toBe(0);
		expect(await page.locator('[data-search-results] a[href]').count()).toBe(0);
		await page.close();
	});

	it('on a phone keeps the filters collapsed, counted, and the first result on the first screen', async () => {
		const page = await run.browser.context.newPage();
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto(run.site.url(`/search/?q=${encodeURIComponent(searchWord)}`));
		const first = page.locator('[data-search-results] a[href]').first();
		await first.waitFor({ state: 'visible', timeout: 30_000 });
		const filters = page.locator('[data-search-filters]');
		expect(await filters.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
		expect((await first.boundingBox())!.y).toBeLessThan(800);
		// Choosing a filter says how many are in use.
		await filters.locator('summary').click();
		await filters.locator('input[type="checkbox"]').first().check();
		await expect.poll(() => filters.locator('summary').innerText(), { timeout: 10_000 }).toMatch(/1 in use/);
		await page.close();
	});
});
