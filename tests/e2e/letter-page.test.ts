import type { Page } from 'playwright-core';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { elements, is, textOf } from '../hast.ts';
import { entries, featuredLetterId } from '../content.ts';
import { useSiteInBrowser } from './browser.ts';
import { focusMatches, letterPath, notesOnLetter, tabUntil } from './pages.ts';

/*
 * The letter as a reader meets it: each noted passage and its note share a letter, on screen and in
 * print; previews can be entered with the mouse and the keyboard; a phone's tap opens a note once; the
 * first screen of a phone shows the title and the letter's opening; every target is big enough to tap;
 * "Cite this" gives the reader's day, and without a script says so. One visit per width and mode.
 */

/** The first words of the letter's body, from its rendered Markdown (not its footnotes). */
const rendered = fromHtml(entries.letters.find((letter) => letter.id === featuredLetterId)?.rendered?.html ?? '', { fragment: true });
const inFootnotes = new Set(elements(rendered, (el) => el.tagName === 'section').flatMap((section) => elements(section, is.tag('p'))));
const openingWords = textOf(elements(rendered, is.tag('p')).find((p) => !inFootnotes.has(p))!)
	.split(' ')
	.slice(0, 3)
	.join(' ');

/** Today as the page writes it, in the browser's own clock. */
const todayIn = (page: Page) => page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));

/** Each note with its letter, and each marker in the text with its letter, as laid out now (screen or print). */
function pairs(page: Page) {
	return page.evaluate(() => {
		const visible = (el: Element | null) => Boolean(el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
		return {
			notes: [...document.querySelectorAll<HTMLElement>('.letter aside.annotation')].map((note) => ({
				id: note.id,
				number: note.querySelector('.note-number')?.textContent ?? '',
				numberShown: visible(note.querySelector('.note-number')),
				bodyShown: visible(note.querySelector('.annotation-body')),
				back: note.querySelector<HTMLAnchorElement>('.note-back a')?.hash ?? '',
			})),
			markers: [...document.querySelectorAll<HTMLAnchorElement>('.letter .note-ref a')].map((a) => ({
				target: decodeURIComponent(a.hash.slice(1)),
				id: a.id,
				text: a.textContent ?? '',
				shown: visible(a),
				insideLink: Boolean(a.parentElement?.closest('a')),
				font: getComputedStyle(a).fontFamily,
			})),
			entityFont: getComputedStyle(document.querySelector('.letter-text p a:not([data-footnote-ref]):not(.permalink)')!).fontFamily,
		};
	});
}

/** What is wrong with the pairing of markers and notes: an empty list when each passage and its note share a letter, both ways. */
function pairingProblems({ notes, markers }: Awaited<ReturnType<typeof pairs>>, printed: boolean): string[] {
	const problems: string[] = [];
	for (const note of notes) {
		const marker = markers.filter((m) => m.target === note.id);
		if (marker.length !== 1) problems.push(`${note.id}: ${marker.length} markers in the text`);
		else {
			// The marker shows its letter after the hidden word that names it ("Note a" to assistive technology).
			if (marker[0]!.text !== `Note ${note.number}`) problems.push(`${note.id}: marker “${marker[0]!.text}”, note “${note.number}”`);
			if (!marker[0]!.shown) problems.push(`${note.id}: marker not shown`);
			if (marker[0]!.insideLink) problems.push(`${note.id}: marker inside another link`);
			if (note.back !== `#${marker[0]!.id}`) problems.push(`${note.id}: links back to “${note.back}”, not its marker #${marker[0]!.id}`);
		}
		if (!note.numberShown) problems.push(`${note.id}: its letter is not shown`);
		if (printed && !note.bodyShown) problems.push(`${note.id}: not printed`);
	}
	const numbers = notes.map((n) => n.number);
	if (new Set(numbers).size !== numbers.length) problems.push(`notes share letters: ${numbers.join(' ')}`);
	return problems;
}

describe('the letter at 1280 px, with a mouse and a keyboard', () => {
	const run = useSiteInBrowser({ viewport: { width: 1280, height: 900 } });
	let page: Page;
	beforeAll(async () => {
		page = await run.browser.context.newPage();
		await page.goto(run.site.url(letterPath));
		return () => page.close();
	});

	it('gives every noted passage a marker with its note’s letter, a link to the note, and the note a link back', async () => {
		const found = await pairs(page);
		expect(found.notes).toHaveLength(notesOnLetter);
		expect(pairingProblems(found, false)).toEqual([]);
		// A note's marker is set apart from the links to people and events around it.
		if (found.markers[0]) expect(found.markers[0].font).not.toBe(found.entityFont);
	});

	it('shows a note’s preview on hover, which the mouse can enter and whose links it can use', async () => {
		const marker = page.locator('.letter .note-ref a').first();
		await marker.hover();
		const preview = page.locator('#preview');
		await preview.waitFor({ state: 'visible' });
		const link = preview.locator('a[href]').first();
		await link.hover();
		await page.waitForTimeout(500);
		expect(await preview.isVisible(), 'still open with the mouse inside it').toBe(true);
		expect(await link.evaluate((a) => a.matches(':hover'))).toBe(true);
		await page.mouse.move(5, 5);
		await preview.waitFor({ state: 'detached' });
	});

	it('shows the preview when a marker is reached by keyboard; Tab goes into it; Escape closes it and returns', async () => {
		await page.locator('h1').click();
		await tabUntil(page, '.letter .note-ref a');
		const marker = await page.evaluate(() => document.activeElement?.id);
		const preview = page.locator('#preview');
		await preview.waitFor({ state: 'visible' });
		expect(await page.locator(':focus').getAttribute('aria-describedby')).toBe('preview');
		await page.keyboard.press('Tab');
		expect(await focusMatches(page, '#preview a[href]'), 'Tab reaches the preview’s first link').toBe(true);
		await page.keyboard.press('Escape');
		await preview.waitFor({ state: 'detached' });
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(marker);
	});

	it('prints the notes as endnotes with the letters of their markers, and each page names the site, the address and the day', async () => {
		await page.emulateMedia({ media: 'print' });
		const found = await pairs(page);
		expect(pairingProblems(found, true)).toEqual([]);
		const running = await page.evaluate(() => {
			const style = getComputedStyle(document.documentElement);
			return { site: style.getPropertyValue('--site'), address: style.getPropertyValue('--address'), printed: style.getPropertyValue('--printed') };
		});
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(running.site).toContain(await page.evaluate(() => document.documentElement.dataset.site ?? '—'));
		expect(running.address).toContain(canonical);
		expect(running.printed).toContain(`Printed ${await todayIn(page)}`);
		await page.emulateMedia({ media: 'screen' });
	});

	it('shows the site’s links in the header, with no menu to open', async () => {
		expect(await page.locator('.site-header nav a').last().isVisible()).toBe(true);
		expect(await page.locator('.site-header summary').isVisible()).toBe(false);
	});

	it('writes the reader’s day into "Cite this"', async () => {
		const citation = await page.locator('.cite-this code[data-cite]').textContent();
		expect(citation).toContain(`(accessed ${await todayIn(page)})`);
		expect(citation).not.toContain('[date you read it]');
	});
});

describe('the letter on a 390 × 844 phone', () => {
	const run = useSiteInBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	let page: Page;
	beforeAll(async () => {
		page = await run.browser.context.newPage();
		await page.goto(run.site.url(letterPath));
		return () => page.close();
	});

	it('shows the letter’s title and its opening words on the first screen', async () => {
		const onScreen = (selector: string, text: string) =>
			page
				.locator(selector, { hasText: text })
				.first()
				.evaluate((el, words) => {
					const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
					const range = document.createRange();
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						const at = node.textContent!.indexOf(words.split(' ')[0]!);
						if (at < 0) continue;
						range.setStart(node, at);
						range.setEnd(node, at + words.split(' ')[0]!.length);
						const box = range.getBoundingClientRect();
						return box.bottom <= innerHeight && box.top >= 0;
					}
					return false;
				}, text);
		const title = await page.locator('h1').innerText();
		expect(await onScreen('h1', title.split(' ')[0]!), `the title “${title}”`).toBe(true);
		expect(await onScreen('.letter-text p', openingWords), `the opening “${openingWords}”`).toBe(true);
	});

	it('gives every control and link a reader taps 24 × 24 px, or room around it (WCAG 2.5.8); links in running text excepted', async () => {
		const small = await page.evaluate(() => {
			const targets = [
				...document.querySelectorAll<HTMLElement>('a[href], button, summary, input:not([type="checkbox"]), label:has(input[type="checkbox"])'),
			].filter((el) => {
				const style = getComputedStyle(el);
				return el.getClientRects().length > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0;
			});
			/** A link inside a sentence, which 2.5.8 exempts: not a marker, footnote number or ¶, and its block has words of its own. */
			const inSentence = (el: HTMLElement) => {
				if (el.tagName !== 'A' || el.closest('sup') || el.matches('.permalink, [data-footnote-backref]')) return false;
				const block = el.parentElement?.closest('p, li, dd, td, address, figcaption');
				return Boolean(block && (block.textContent ?? '').replace(el.textContent ?? '', '').trim().length > 2);
			};
			const boxes = targets.map((el) => ({ el, box: el.getBoundingClientRect() }));
			const undersized = boxes.filter(({ el, box }) => (box.width < 24 || box.height < 24) && !inSentence(el));
			// The spacing exception: a 24 px circle on the target's centre touches no other target.
			return undersized
				.filter(({ el, box }) => {
					const cx = box.left + box.width / 2;
					const cy = box.top + box.height / 2;
					return boxes.some(({ el: other, box: o }) => {
						if (other === el || other.contains(el) || el.contains(other)) return false;
						const dx = Math.max(o.left - cx, 0, cx - o.right);
						const dy = Math.max(o.top - cy, 0, cy - o.bottom);
						return Math.hypot(dx, dy) < 12;
					});
				})
				.map(
					({ el, box }) =>
						`${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}” ${Math.round(box.width)}×${Math.round(box.height)}`,
				);
		});
		expect(small).toEqual([]);
	});

	it('shows the ¶ links without hover', async () => {
		const permalink = page.locator('.letter-text .permalink').first();
		expect(Number(await permalink.evaluate((el) => getComputedStyle(el).opacity))).toBeGreaterThan(0.5);
	});

	it('opens a note once, in its place, when its marker is tapped: no preview over it', async () => {
		const marker = page.locator('.letter .note-ref a').first();
		const id = decodeURIComponent((await marker.getAttribute('href'))!.slice(1));
		await marker.tap();
		await page.waitForURL(new RegExp(`#${id}$`));
		expect(await page.locator(`[id="${id}"] .annotation-body`).isVisible()).toBe(true);
		expect(await page.locator('#preview').count()).toBe(0);
	});

	it('folds the site’s links into a menu that opens with a tap', async () => {
		const link = page.locator('.site-header nav a').first();
		expect(await link.isVisible()).toBe(false);
		await page.locator('.site-header summary').tap();
		expect(await link.isVisible()).toBe(true);
	});
});

describe('the letter without JavaScript', () => {
	const run = useSiteInBrowser({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
	let page: Page;
	beforeAll(async () => {
		page = await run.browser.context.newPage();
		await page.goto(run.site.url(letterPath));
		return () => page.close();
	});

	it('says where the access date goes in "Cite this" rather than give the build’s day', async () => {
		await expect(page.locator('.cite-this code[data-cite]').textContent()).resolves.toContain('(accessed [date you read it])');
	});

	it('prints that the day of printing was not recorded, the site and address still on every page', async () => {
		await page.emulateMedia({ media: 'print' });
		const running = await page.evaluate(() => {
			const style = getComputedStyle(document.documentElement);
			return [style.getPropertyValue('--site'), style.getPropertyValue('--address'), style.getPropertyValue('--printed')];
		});
		expect(running[0]).not.toBe('');
		expect(running[1]).toContain('/letters/');
		expect(running[2]).toContain('not recorded');
		expect(pairingProblems(await pairs(page), true)).toEqual([]);
	});

	it('opens the menu of the site’s links with no script', async () => {
		await page.emulateMedia({ media: 'screen' });
		await page.locator('.site-header summary').click();
		expect(await page.locator('.site-header nav a').first().isVisible()).toBe(true);
	});
});
