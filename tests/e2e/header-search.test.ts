import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { judgmentsFile, type Judgments } from '../../scripts/lib/relevance.ts';
import { useSiteInBrowser } from './browser.ts';
import { letterPath } from './pages.ts';

/** A judged name in another script: search says what it searched for instead. */
const otherScript = (JSON.parse(readFileSync(judgmentsFile, 'utf8')) as Judgments).queries.find(
	(q) => q.kind === 'transliteration' && /[^\x00-\x7f]/.test(q.query),
)!.query;

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

/** Where the header's search controls are: its label, its box and its Go button, in CSS pixels. */
const controls = (page: Page) =>
	Promise.all(
		['.site-search label', '#site-search-input', '.site-search button[type="submit"]'].map(async (selector) => {
			const box = await page.locator(selector).boundingBox();
			return box && { selector, ...Object.fromEntries(Object.entries(box).map(([k, v]) => [k, Math.round(v)])) };
		}),
	);

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

describe.each([1280, 390])('the header search box at %i px', (width) => {
	it('keeps its place, size, label and Go button when focused and used, and shows what it corrected, announced, above the results', async () => {
		const reader = await run.browser.context.newPage();
		try {
			await reader.setViewportSize({ width, height: 800 });
			await reader.goto(run.site.url(letterPath));
			const before = await controls(reader);
			expect(before.every(Boolean)).toBe(true);
			await reader.locator('#site-search-input').click();
			expect(await controls(reader)).toEqual(before);
			await reader.keyboard.type(otherScript);
			const notice = reader.locator('.search-dropdown .search-correction');
			await expect.poll(() => notice.innerText(), { timeout: 30_000 }).toContain('Showing results for');
			await reader.locator('.search-dropdown a[href]').first().waitFor({ state: 'visible' });
			expect(await controls(reader)).toEqual(before);
			expect(await notice.getAttribute('aria-live')).toBe('polite');
			// Visible, not under anything: the point at its middle is the notice itself.
			const covered = await notice.evaluate((el) => {
				const r = el.getBoundingClientRect();
				const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
				return !(top && el.contains(top)) || r.bottom > innerHeight || r.right > innerWidth || r.left < 0;
			});
			expect(covered).toBe(false);
		} finally {
			await reader.close();
		}
	});
});
