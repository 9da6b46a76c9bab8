import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';
import { openPage, searchResults } from './pages.ts';

const run = useSiteInBrowser();

describe('the searched word is highlighted on the page a result opens', () => {
	it('/search/?q=Zhanaozen → first result → ?highlight=zhanaozen, the word wrapped in mark.pagefind-highlight', async () => {
		const page = await run.browser.context.newPage();
		await openPage(page, run.site.url('/search/?q=Zhanaozen'));
		await Promise.all([page.waitForURL(/[?&]highlight=/), searchResults(page).first().click()]);
		expect(new URL(page.url()).searchParams.get('highlight')).toMatch(/^zhanaozen$/i);
		const marks = page.locator('main mark.pagefind-highlight');
		await marks.first().waitFor({ state: 'visible', timeout: 30_000 });
		const words = await marks.allInnerTexts();
		expect(words.filter((word) => !/zhanaozen/i.test(word))).toEqual([]);
		// What the indexer ignores (site header, citation box) is left alone.
		expect(await page.locator('[data-pagefind-ignore] mark.pagefind-highlight').count()).toBe(0);
		await page.close();
	});

	it('a page opened without ?highlight= marks nothing', async () => {
		const page = await run.browser.context.newPage();
		await page.goto(run.site.url('/events/zhanaozen-2011/'));
		await page.waitForLoadState('networkidle');
		expect(await page.locator('mark.pagefind-highlight').count()).toBe(0);
		await page.close();
	});
});
