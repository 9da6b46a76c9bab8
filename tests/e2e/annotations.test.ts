import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSiteInBrowser, type SiteUnderTest } from './browser.ts';
import { letterPath, openPage, pageKinds, pathOfKind, notesOnLetter } from './pages.ts';

const withScripts = useSiteInBrowser();
const withoutScripts = useSiteInBrowser({ javaScriptEnabled: false });

/** Where screenshots go for a person to look at (test-results/ is git-ignored). */
const screenshotDir = resolve('test-results', 'screenshots');

/** A note beside the letter, and where it and the paragraph it belongs to sit on the page. */
interface NotePlacement {
	id: string;
	label: { x: number; y: number };
	paragraph: { right: number; bottom: number };
}

/** Where each note's label sits relative to its paragraph (the nearest earlier sibling that is not a note). */
function notePlacements(page: Page): Promise<NotePlacement[]> {
	return page.locator('aside.annotation').evaluateAll((notes) =>
		notes.map((note) => {
			let paragraph = note.previousElementSibling;
			while (paragraph?.matches('aside.annotation')) paragraph = paragraph.previousElementSibling;
			const label = (note.querySelector('label') ?? note).getBoundingClientRect();
			const box = paragraph?.getBoundingClientRect();
			return {
				id: note.id.replace(/^annotation-/, ''),
				label: { x: label.x, y: label.y },
				paragraph: { right: box?.right ?? Infinity, bottom: box?.bottom ?? Infinity },
			};
		}),
	);
}

describe.each([
	['JavaScript on', withScripts],
	['JavaScript off', withoutScripts],
] as [string, SiteUnderTest][])('notes on the letter, %s', (_label, run) => {
	describe.each([375, 1280])('at %i px', (width) => {
		let page: Page;
		beforeAll(async () => {
			page = await run.browser.context.newPage();
			await page.setViewportSize({ width, height: 800 });
			await page.goto(run.site.url(letterPath));
			return () => page.close();
		});

		it('every note has its marked passage in the letter, and every marked passage its note', async () => {
			const { notes, marks } = await page.evaluate(() => ({
				notes: [...document.querySelectorAll('aside.annotation')].map((el) => el.id.replace(/^annotation-/, '')),
				marks: [...document.querySelectorAll<HTMLElement>('mark[data-annotation]')]
					.filter((el) => !el.closest('aside'))
					.map((el) => el.dataset.annotation ?? ''),
			}));
			expect(notes.length).toBe(notesOnLetter);
			expect(
				notes.filter((id) => !marks.includes(id)),
				'notes without a marked passage',
			).toEqual([]);
			expect(
				[...new Set(marks)].filter((id) => !notes.includes(id)),
				'marked passages without a note',
			).toEqual([]);
		});

		it('every note is closed until asked for, and its permalink #annotation-<id> opens it', async () => {
			expect(await page.locator('aside.annotation .annotation-body:visible').count()).toBe(0);
			// Each permalink followed in the tab (a same-document navigation, as a click on it is), in one round trip.
			// :target and the scroll to the fragment apply at once (and the page may have scripts off: no timers).
			const followed = await page.evaluate(() => {
				const results: { id: string; shown: boolean; inView: boolean }[] = [];
				for (const note of document.querySelectorAll<HTMLElement>('aside.annotation')) {
					const id = note.id.replace(/^annotation-/, '');
					location.hash = `annotation-${id}`;
					const body = note.querySelector('.annotation-body');
					const box = body?.getBoundingClientRect();
					const shown = Boolean(body && box && box.width > 0 && box.height > 0 && getComputedStyle(body).visibility !== 'hidden');
					results.push({ id, shown, inView: note.getBoundingClientRect().top < innerHeight });
				}
				return results;
			});
			expect(followed).toHaveLength(notesOnLetter);
			expect(followed.filter((note) => !note.shown).map((note) => `#annotation-${note.id} does not show its note`)).toEqual([]);
			expect(followed.filter((note) => !note.inView).map((note) => `#annotation-${note.id} is not scrolled into view`)).toEqual([]);
		});

		it('a permalink opened afresh, in a new tab, shows its note', async () => {
			const fresh = await run.browser.context.newPage();
			await fresh.setViewportSize({ width, height: 800 });
			const id = await page.locator('aside.annotation').last().getAttribute('id');
			await fresh.goto(run.site.url(`${letterPath}#${id}`));
			expect(await fresh.locator(`aside#${id} .annotation-body`).isVisible()).toBe(true);
			await fresh.close();
		});

		if (width >= 1280) {
			it('the notes sit in the margin, right of their paragraph', async () => {
				await page.goto(run.site.url(letterPath));
				const misplaced = (await notePlacements(page)).filter((note) => note.label.x < note.paragraph.right - 1);
				expect(misplaced.map((note) => `${note.id}: label at x=${note.label.x}, paragraph ends at ${note.paragraph.right}`)).toEqual([]);
			});
		} else {
			it('the notes sit under their paragraph', async () => {
				await page.goto(run.site.url(letterPath));
				const misplaced = (await notePlacements(page)).filter((note) => note.label.y < note.paragraph.bottom - 1);
				expect(misplaced.map((note) => `${note.id}: label at y=${note.label.y}, paragraph ends at ${note.paragraph.bottom}`)).toEqual([]);
			});
		}
	});
});

/** Scrolls to the end and back, so what loads on sight (Pagefind's results) is there for a full-page shot. */
async function scrollThrough(page: Page): Promise<void> {
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	for (let y = 0; y < height; y += 600) {
		await page.evaluate((top) => scrollTo(0, top), y);
		await page.waitForTimeout(50);
	}
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => scrollTo(0, 0));
}

describe('screenshots for a person to look at, in test-results/screenshots/', () => {
	const pages = [
		['letter', letterPath],
		...pageKinds.filter(([kind]) => kind === 'report' || kind === 'question'),
		['search', pathOfKind('search')],
	] as const;

	it.each(pages)('%s (%s) at 375 and 1280 px, light and dark', async (name, path) => {
		await mkdir(screenshotDir, { recursive: true });
		const page = await withScripts.browser.context.newPage();
		for (const width of [375, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await openPage(page, withScripts.site.url(path));
			await scrollThrough(page);
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				const file = join(screenshotDir, `${name}-${width}-${colorScheme}.png`);
				await page.screenshot({ path: file, fullPage: true });
				expect((await stat(file)).size, file).toBeGreaterThan(10_000);
			}
		}
		await page.close();
	});
});
