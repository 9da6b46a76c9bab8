import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';
import { highlightCase, openPage, searchResults } from './pages.ts';

const run = useSiteInBrowser();

describe('the searched word is highlighted on the page a result opens', () => {
	const { path, word } = highlightCase;
	/** The word, or a form of it (Pagefind marks words that share its stem). */
	const stem = new RegExp(word.slice(0, Math.max(4, word.length - 3)), 'i');

	it(`/search/?q=${word} → first result → ?highlight=${word.toLowerCase()}, the word wrapped in mark.pagefind-highlight`, async () => {
		const page = await run.browser.context.newPage();
		await openPage(page, run.site.url(`/search/?q=${encodeURIComponent(word)}`));
		await Promise.all([page.waitForURL(/[?&]highlight=/), searchResults(page).first().click()]);
		expect(new URL(page.url()).searchParams.get('highlight')?.toLowerCase()).toBe(word.toLowerCase());
		const marks = page.locator('main mark.pagefind-highlight');
		await marks.first().waitFor({ state: 'visible', timeout: 30_000 });
		const words = await marks.allInnerTexts();
		expect(words.filter((marked) => !stem.test(marked))).toEqual([]);
		// What the indexer ignores (site header, citation box) is left alone.
		expect(await page.locator('[data-pagefind-ignore] mark.pagefind-highlight').count()).toBe(0);
		await page.close();
	});

	it('a page opened without ?highlight= marks nothing', async () => {
		const page = await run.browser.context.newPage();
		await page.goto(run.site.url(path));
		await page.waitForLoadState('networkidle');
		expect(await page.locator('mark.pagefind-highlight').count()).toBe(0);
		await page.close();
	});
});
