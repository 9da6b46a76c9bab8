import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';

const run = useSiteInBrowser({ javaScriptEnabled: false });
let page: Page;

beforeAll(async () => {
	page = await run.browser.context.newPage();
	await page.goto(run.site.url('/letters/odf-to-mogherini-2015-02-02/'));
});

describe('the letter with JavaScript off', () => {
	it('really has scripts off: the search page does not build its search box', async () => {
		const search = await run.browser.context.newPage();
		await search.goto(run.site.url('/search/'));
		expect(await search.locator('pagefind-input input').count()).toBe(0);
		expect(await search.locator('noscript').count()).toBeGreaterThan(0);
		await search.close();
	});

	it('shows the body of the letter', async () => {
		const body = page.locator('article p', { hasText: 'Such a statement may be confirmed' });
		expect(await body.isVisible()).toBe(true);
		expect(await body.innerText()).toContain('Such a statement may be confirmed also by the particular case of Mr Maksat Dosmagambetov');
	});

	it('shows the letterhead', async () => {
		const letterhead = page.locator('article header, article .letterhead').first();
		expect(await letterhead.isVisible()).toBe(true);
		const text = await letterhead.innerText();
		expect(text).toContain('OPEN DIALOG');
		expect(text).toContain('Postal box: 27');
	});

	it('shows the footnote', async () => {
		const note = page.locator('#user-content-fn-1');
		expect(await note.isVisible()).toBe(true);
		expect(await note.innerText()).toContain('Jadwiga Wiśniewska');
	});
});
