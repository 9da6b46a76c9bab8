import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';
import { claimsOnLetter, letterPath, tabUntil } from './pages.ts';

// The letter's "claims and requests" switch, with the keyboard, and the same set without JavaScript.

const withScripts = useSiteInBrowser();
const withoutScripts = useSiteInBrowser({ javaScriptEnabled: false });

/** What the page shows: the switch's state, the numbers of the marked claims, the tags shown after them, the notes' marks. */
function state(page: Page) {
	return page.evaluate(() => {
		const button = document.querySelector<HTMLButtonElement>('[data-claims-toggle]');
		const spans = [...document.querySelectorAll<HTMLElement>('.letter [data-claim]')];
		return {
			buttonVisible: Boolean(button && button.offsetParent !== null),
			pressed: button?.getAttribute('aria-pressed'),
			numbers: [...new Set(spans.map((span) => span.dataset.claim))],
			shownTags: spans
				.filter((span) => span.dataset.claimTag)
				.map((span) => getComputedStyle(span, '::after').content)
				.filter((content) => content !== 'none' && content !== 'normal'),
			underlined: spans.filter((span) => getComputedStyle(span).textDecorationLine.includes('underline')).length,
			notes: [...document.querySelectorAll('.letter mark[data-annotation]')].filter((mark) => (mark as HTMLElement).offsetParent !== null).length,
		};
	});
}

describe.runIf(claimsOnLetter > 0)('claims and requests on the letter', () => {
	describe('with JavaScript', () => {
		let page: Page;
		beforeAll(async () => {
			page = await withScripts.browser.context.newPage();
			await page.goto(withScripts.site.url(letterPath));
			return () => page.close();
		});

		it('are marked but not shown until the reader switches them on, with the keyboard; the notes stay', async () => {
			const before = await state(page);
			expect(before.buttonVisible).toBe(true);
			expect(before.pressed).toBe('false');
			expect(before.numbers).toHaveLength(claimsOnLetter);
			expect(before.shownTags).toEqual([]);
			expect(before.underlined).toBe(0);

			await tabUntil(page, '[data-claims-toggle]');
			await page.keyboard.press('Enter');
			const on = await state(page);
			expect(on.pressed).toBe('true');
			expect(on.shownTags).toHaveLength(claimsOnLetter);
			for (const tag of on.shownTags) expect(tag).toMatch(/^" \[.+ · .+\]"$/);
			expect(on.underlined).toBeGreaterThanOrEqual(claimsOnLetter);
			expect(on.notes).toBe(before.notes);

			await page.keyboard.press('Space');
			const off = await state(page);
			expect(off.pressed).toBe('false');
			expect(off.shownTags).toEqual([]);
		});
	});

	describe('without JavaScript', () => {
		it('the switch is hidden, and the link beside it leads to a page with the same set', async () => {
			const page = await withoutScripts.browser.context.newPage();
			await page.goto(withoutScripts.site.url(letterPath));
			const letter = await state(page);
			expect(letter.buttonVisible).toBe(false);
			await page.locator('.claims-switch a').click();
			await page.waitForLoadState('load');
			const hash = new URL(page.url()).hash;
			const listed = await page.locator(`${hash} [data-claim-entry]`).count();
			expect(listed).toBe(letter.numbers.length);
			expect(listed).toBe(claimsOnLetter);
			await page.close();
		});
	});
});
