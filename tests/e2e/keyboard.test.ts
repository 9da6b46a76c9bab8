import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';
import { focusMatches, letterPath, openPage, searchResults, searchWord, tabUntil, waitForFocus } from './pages.ts';

const run = useSiteInBrowser();

/** The header's search box, the same box before and after search loads. */
const headerSearch = '.site-header input[name="q"]';
/** The search page's own box. */
const pageSearch = '[data-search-page] input[name="q"]';

describe.each([375, 1280])('keyboard alone, at %i px', (width) => {
	const open = async (path: string): Promise<Page> => {
		const page = await run.browser.context.newPage();
		await page.setViewportSize({ width, height: 800 });
		await openPage(page, run.site.url(path));
		return page;
	};

	it('the first Tab shows the skip link, and Enter on it moves focus to the main content', async () => {
		const page = await open(letterPath);
		await page.keyboard.press('Tab');
		expect(await focusMatches(page, 'a.skip-link, a[href="#main"]')).toBe(true);
		const box = await page.locator(':focus').boundingBox();
		expect(box && box.y >= 0 && box.height > 0, 'the focused skip link is on screen').toBe(true);
		await page.keyboard.press('Enter');
		await waitForFocus(page, 'main');
		expect(new URL(page.url()).hash).toBe('#main');
		await page.close();
	});

	it('"/" moves focus to the header search, which then shows one search box, not two', async () => {
		const page = await open(letterPath);
		await page.keyboard.press('/');
		await waitForFocus(page, headerSearch);
		// Search loads on that focus; the box stays the one box.
		await page.locator('.search-dropdown').waitFor({ state: 'attached' });
		expect(await page.locator('.site-header input:visible').count()).toBe(1);
		expect(await page.locator(':focus').inputValue()).toBe('');
		await page.close();
	});

	it('"/" typed into another search box is a character, and focus stays there', async () => {
		const page = await open('/search/');
		await tabUntil(page, pageSearch);
		await page.keyboard.type('EU/Kazakhstan');
		expect(await focusMatches(page, pageSearch)).toBe(true);
		expect(await page.locator(pageSearch).inputValue()).toBe('EU/Kazakhstan');
		await page.close();
	});

	it("on the letter, Tab reaches a note's toggle, which shows focus, and Space opens the note", async () => {
		const page = await open(letterPath);
		const toggle = 'aside.annotation input[type="checkbox"]';
		await tabUntil(page, toggle);
		const note = page.locator('aside.annotation', { has: page.locator(':focus') });
		const body = note.locator('.annotation-body');
		expect(await body.isVisible(), 'the note is closed before Space').toBe(false);
		// The checkbox itself is invisible: its label carries the focus ring.
		expect(await note.locator('label').evaluate((label) => getComputedStyle(label).outlineStyle)).not.toBe('none');
		await page.keyboard.press('Space');
		expect(await body.isVisible()).toBe(true);
		expect((await body.innerText()).trim().length).toBeGreaterThan(20);
		await page.keyboard.press('Space');
		expect(await body.isVisible(), 'Space again closes it').toBe(false);
		await page.close();
	});

	it('focusing a footnote reference shows its footnote beside it, whose links Tab reaches next; Escape hides it', async () => {
		const page = await open(letterPath);
		await tabUntil(page, 'a[data-footnote-ref]');
		const ref = page.locator(':focus');
		const footnoteId = decodeURIComponent((await ref.getAttribute('href'))!.slice(1));
		// The footnote's own words: without the editorial notes and their markers placed in it.
		const footnoteText = await page.locator(`[id="${footnoteId}"]`).evaluate((el) => {
			const copy = el.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('.note-ref, .annotation').forEach((added) => added.remove());
			return copy.textContent ?? '';
		});
		const preview = page.locator('#preview');
		await preview.waitFor({ state: 'visible' });
		const words = (text: string) => text.replace(/\s+/g, ' ').trim();
		// The footnote's own words, without its back-link (the preview has no link back to where the reader is).
		expect(words(await preview.innerText())).toContain(
			words(footnoteText)
				.replace(/[\s↩]+$/u, '')
				.slice(0, 60),
		);
		expect(await ref.getAttribute('aria-describedby')).toContain('preview');
		if ((await preview.locator('a[href]').count()) > 0) {
			await page.keyboard.press('Tab');
			expect(await focusMatches(page, '#preview a[href]'), 'Tab moves into the preview').toBe(true);
		}
		await page.keyboard.press('Escape');
		await preview.waitFor({ state: 'detached' });
		await page.close();
	});

	it(`on /search/?q=${searchWord}, ArrowDown from the search box moves to the first result`, async () => {
		const page = await open(`/search/?q=${encodeURIComponent(searchWord)}`);
		await tabUntil(page, pageSearch);
		await page.keyboard.press('ArrowDown');
		const first = await searchResults(page).first().getAttribute('href');
		expect(await focusMatches(page, '[data-search-results] a[href]')).toBe(true);
		expect(await page.locator(':focus').getAttribute('href')).toBe(first);
		await page.close();
	});
});
