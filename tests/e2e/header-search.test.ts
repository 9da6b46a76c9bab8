import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';
import { letterPath } from './pages.ts';

const run = useSiteInBrowser();
let page: Page;

beforeAll(async () => {
	page = await run.browser.context.newPage();
	await page.goto(run.site.url(letterPath));
	await page.waitForLoadState('load');
});

/** What has focus: its tag, whether it sits in the site header, and its value. */
function focused(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLInputElement | null;
		return {
			tag: el?.tagName.toLowerCase(),
			inHeader: Boolean(el?.closest('body > header, .site-header')),
			value: el?.value ?? '',
		};
	});
}

describe('the header search box', () => {
	it('does not have focus when the page opens', async () => {
		expect((await focused(page)).inHeader).toBe(false);
	});

	it('takes focus when the reader presses "/", without typing the slash', async () => {
		await page.keyboard.press('/');
		await expect.poll(async () => (await focused(page)).inHeader, { timeout: 10_000 }).toBe(true);
		const box = await focused(page);
		expect(box.tag).toBe('input');
		expect(box.value).toBe('');
	});
});
