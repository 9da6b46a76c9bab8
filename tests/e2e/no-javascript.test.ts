import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { elements, is, textOf, textWithout } from '../hast.ts';
import { dataOf, entries, featuredLetterId } from '../content.ts';
import { useSiteInBrowser } from './browser.ts';
import { letterPath } from './pages.ts';

/** What the featured letter says, from its rendered Markdown: a paragraph of its body, the start of its first footnote. */
const rendered = fromHtml(entries.letters.find((letter) => letter.id === featuredLetterId)?.rendered?.html ?? '', { fragment: true });
const footnotes = elements(rendered, (el) => el.tagName === 'section' && is.attr('dataFootnotes')(el))[0];
const inFootnotes = new Set(footnotes ? elements(footnotes, is.tag('p')) : []);
const paragraph =
	elements(rendered, is.tag('p'))
		.filter((p) => !inFootnotes.has(p))
		.map((p) => textWithout(p, is.attr('dataPagefindIgnore')))
		.find((text) => text.length > 40) ?? '';
const footnote = footnotes
	? textOf(footnotes)
			.replace(/^Footnotes\s*/i, '')
			.slice(0, 30)
	: '';
const letterheadData = dataOf('letters', featuredLetterId)['letterhead'] as { mark: string; offices: { lines: string[] }[] };

const run = useSiteInBrowser({ javaScriptEnabled: false });
let page: Page;

beforeAll(async () => {
	page = await run.browser.context.newPage();
	await page.goto(run.site.url(letterPath));
});

describe('the letter with JavaScript off', () => {
	it('really has scripts off: the search page keeps its filters hidden and says search needs JavaScript', async () => {
		const search = await run.browser.context.newPage();
		await search.goto(run.site.url('/search/?q=torture'));
		expect(await search.locator('[data-search-filters]').isHidden()).toBe(true);
		expect(await search.locator('[data-search-results] li').count()).toBe(0);
		expect(await search.locator('noscript').count()).toBeGreaterThan(0);
		// What it offers instead reads as a sentence: a space after each comma and colon, none glued to a link.
		const instead = (await search.locator('main .notice-unknown').innerText()).replace(/\s+/g, ' ');
		expect(instead).toMatch(/pages: \S/);
		expect(instead.match(/[,:]\S/g)).toBeNull();
		await search.close();
	});

	it('shows the body of the letter', async () => {
		const body = page.locator('article p', { hasText: paragraph.slice(0, 40) }).first();
		expect(await body.isVisible()).toBe(true);
		// The letter's words, without what the edition adds to them (note markers, ¶ links: marked data-pagefind-ignore).
		const words = await body.evaluate((el) => {
			const copy = el.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('[data-pagefind-ignore], aside').forEach((added) => added.remove());
			return copy.textContent ?? '';
		});
		expect(words.replace(/\s+/g, ' ').trim()).toContain(paragraph.slice(0, 120));
	});

	it('shows the letterhead', async () => {
		const letterhead = page.locator('article header, article .letterhead').first();
		expect(await letterhead.isVisible()).toBe(true);
		const text = await letterhead.innerText();
		expect(text).toContain(letterheadData.mark);
		expect(text).toContain(letterheadData.offices[0]!.lines.at(-1));
	});

	it('shows the footnote', async () => {
		const note = page.locator('#user-content-fn-1');
		expect(await note.isVisible()).toBe(true);
		expect(footnote).not.toBe('');
		expect((await note.innerText()).replace(/\s+/g, ' ')).toContain(footnote);
	});
});
