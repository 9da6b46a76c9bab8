import type { Locator, Page } from 'playwright-core';

/** One page of every kind the site has, as [kind, site path without the base]. */
export const pageKinds = [
	['home', '/'],
	['letter', '/letters/odf-to-mogherini-2015-02-02/'],
	['report', '/reports/dosmagambetov-case-summary/'],
	['question', '/questions/written-question-11-ecr-meps-2014/'],
	['person', '/people/jadwiga-wisniewska/'],
	['organisation', '/organizations/open-dialog-foundation/'],
	['case', '/cases/maksat-dosmagambetov/'],
	['event', '/events/zhanaozen-2011/'],
	['source', '/sources/odf-who-we-are/'],
	['note', '/annotations/epca-initialling/'],
	['index', '/people/'],
	['glossary', '/glossary/'],
	['timeline', '/timeline/'],
	['search', '/search/?q=torture'],
	['not found', '/404.html'],
] as const;

/** The letter, the page most of the reading happens on. */
export const letterPath = '/letters/odf-to-mogherini-2015-02-02/';

/** The result links of the search page (Pagefind renders them after the index loads). */
export function searchResults(page: Page): Locator {
	return page.locator('pagefind-results a[href]');
}

/** Opens a page and waits until it is ready to look at: on a search with `?q=`, until results show. */
export async function openPage(page: Page, url: string): Promise<void> {
	await page.goto(url);
	const { pathname, searchParams } = new URL(url);
	if (pathname.endsWith('/search/') && searchParams.get('q')) {
		await searchResults(page).first().waitFor({ state: 'visible', timeout: 30_000 });
	}
}

/**
 * Clicks into the header search box and types `text`, as a reader does: the first focus swaps in
 * Pagefind's live search box, and the live results appear under it (on any page but /search/,
 * which keeps the plain box and has its own).
 */
export async function searchFromHeader(page: Page, text: string): Promise<void> {
	await page.locator('.site-header input[name="q"]').click();
	await waitForFocus(page, '.site-header pagefind-searchbox input');
	await page.keyboard.type(text);
	await page.locator('.site-header pagefind-searchbox a[href]').first().waitFor({ state: 'visible', timeout: 30_000 });
}

/** Waits until the element with focus matches `selector` (a script may move focus a moment later). */
export async function waitForFocus(page: Page, selector: string): Promise<void> {
	await page.waitForFunction((s) => document.activeElement?.matches(s) ?? false, selector, { timeout: 10_000 });
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
export async function tabUntil(page: Page, selector: string, limit = 150): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await focusMatches(page, selector)) return;
	}
	throw new Error(`${limit} presses of Tab never reached ${selector}`);
}

/** Whether the element with focus matches `selector`. */
export function focusMatches(page: Page, selector: string): Promise<boolean> {
	return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}
