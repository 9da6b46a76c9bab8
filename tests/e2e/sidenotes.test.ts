import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSiteInBrowser, type SiteUnderTest } from './browser.ts';
import { letterPath, notesOnLetter } from './pages.ts';

const withScripts = useSiteInBrowser();
const withoutScripts = useSiteInBrowser({ javaScriptEnabled: false });

/** Where the letter's body paragraphs and its margin notes sit, in page pixels. */
interface Layout {
	/** The space between the text of one paragraph and the next in the letter's own flow: its rhythm. */
	rhythm: number;
	/** Each paragraph's text: its first line's top and its last line's bottom (a stretched box would hide a gap). */
	paragraphs: { text: string; top: number; bottom: number }[];
	notes: { id: string; top: number; bottom: number; left: number; right: number; anchorTop: number }[];
	viewportWidth: number;
}

function layoutOf(page: Page): Promise<Layout> {
	return page.evaluate(() => {
		const box = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
		};
		/** Where the glyphs of a paragraph's own words are (not a footnote number's or a hidden permalink's). */
		const textBox = (p: Element) => {
			const rects: DOMRect[] = [];
			const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (!node.textContent?.trim() || node.parentElement?.closest('sup, .permalink')) continue;
				const range = document.createRange();
				range.selectNodeContents(node);
				rects.push(...range.getClientRects());
			}
			return { top: Math.min(...rects.map((r) => r.top)) + scrollY, bottom: Math.max(...rects.map((r) => r.bottom)) + scrollY };
		};
		// The body of the letter: its paragraphs, whether or not notes sit beside them (the closing and signature keep their own spacing).
		const paragraphs = [...document.querySelectorAll('.letter-text > p:not(.closing, .signature), .letter-text > .annotated-block > p')];
		const notes = [...document.querySelectorAll<HTMLElement>('.letter aside.annotation')];
		const first = paragraphs[0]!;
		// The paragraph's bottom margin plus the leading above the first line and below the last.
		const halfLeading = textBox(first).top - box(first).top;
		return {
			rhythm: parseFloat(getComputedStyle(first).marginBottom) + 2 * halfLeading,
			paragraphs: paragraphs.map((p) => ({ text: (p.textContent ?? '').slice(0, 30), ...textBox(p) })),
			notes: notes.map((note) => {
				let anchor = note.previousElementSibling;
				while (anchor?.matches('aside')) anchor = anchor.previousElementSibling;
				return { id: note.id.replace(/^annotation-/, ''), ...box(note), anchorTop: anchor ? box(anchor).top : -Infinity };
			}),
			viewportWidth: document.documentElement.clientWidth,
		};
	});
}

/** What is wrong with a layout, one line each: an empty list when the notes keep to the margin. */
function problemsOf({ rhythm, paragraphs, notes, viewportWidth }: Layout): string[] {
	const problems: string[] = [];
	paragraphs.slice(1).forEach((p, i) => {
		const gap = p.top - paragraphs[i]!.bottom;
		if (Math.abs(gap - rhythm) > 2) problems.push(`gap of ${gap.toFixed(1)} px (not ${rhythm.toFixed(1)} px) before “${p.text}…”`);
	});
	const byTop = [...notes].sort((a, b) => a.top - b.top);
	byTop.slice(1).forEach((note, i) => {
		const above = byTop[i]!;
		if (note.top < above.bottom - 0.5) problems.push(`note ${note.id} overlaps ${above.id} by ${(above.bottom - note.top).toFixed(1)} px`);
	});
	for (const note of notes) {
		if (note.top < note.anchorTop - 0.5) problems.push(`note ${note.id} starts ${(note.anchorTop - note.top).toFixed(1)} px above its paragraph`);
		if (note.left < 0 || note.right > viewportWidth) problems.push(`note ${note.id} spans x ${note.left}–${note.right}, outside 0–${viewportWidth}`);
	}
	return problems;
}

describe.each([
	['JavaScript on', withScripts],
	['JavaScript off', withoutScripts],
] as [string, SiteUnderTest][])('margin notes beside the letter, %s', (_label, run) => {
	describe.each([1280, 1920])('at %i px', (width) => {
		let page: Page;
		beforeAll(async () => {
			page = await run.browser.context.newPage();
			await page.setViewportSize({ width, height: 900 });
			await page.goto(run.site.url(letterPath));
			return () => page.close();
		});

		it('keep the letter’s rhythm, stay apart, below their paragraph and on screen', async () => {
			const layout = await layoutOf(page);
			expect(layout.notes.length).toBe(notesOnLetter);
			expect(problemsOf(layout)).toEqual([]);
		});

		it('still do when notes are opened: later notes move down, the letter does not move', async () => {
			const before = (await layoutOf(page)).paragraphs;
			for (const label of await page.locator('.letter aside.annotation .annotation-label').all()) await label.click();
			const after = await layoutOf(page);
			expect(problemsOf(after)).toEqual([]);
			expect(after.paragraphs).toEqual(before);
		});
	});
});
