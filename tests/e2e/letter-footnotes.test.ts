import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';
import { letterPath } from './pages.ts';

const run = useSiteInBrowser({ viewport: { width: 1000, height: 400 } });
let page: Page;

beforeAll(async () => {
	page = await run.browser.context.newPage();
	await page.goto(run.site.url(letterPath));
});

/** Whether any part of the element is inside the viewport. */
function inView(locator: Locator): Promise<boolean> {
	return locator.evaluate((el) => {
		const box = el.getBoundingClientRect();
		return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
	});
}

describe('the footnote of the letter, in a browser', () => {
	it('starts with the footnote out of view, so the jump below is real', async () => {
		expect(await inView(page.locator('#user-content-fn-1'))).toBe(false);
	});

	it('jumps to the footnote when its reference is clicked', async () => {
		await page.locator('a[data-footnote-ref]').first().click();
		await page.waitForURL(/#user-content-fn-1$/);
		expect(new URL(page.url()).hash).toBe('#user-content-fn-1');
		expect(await inView(page.locator('#user-content-fn-1'))).toBe(true);
	});

	it('jumps back to the reference from the back-link', async () => {
		await page.locator('#user-content-fn-1 a[data-footnote-backref]').click();
		await page.waitForURL(/#user-content-fnref-1$/);
		expect(new URL(page.url()).hash).toBe('#user-content-fnref-1');
		expect(await inView(page.locator('#user-content-fnref-1'))).toBe(true);
	});
});
