import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';
import { letterPath, pageKinds } from './pages.ts';

const run = useSiteInBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });
const reportPath = pageKinds.find(([kind]) => kind === 'report')?.[1] ?? '';
/**
 * What the citation must look like: a report by its title in quotation marks; a letter, which has no title
 * of its own, described ("Letter to …"), the page's editorial title never quoted as if it were the letter's.
 */
const checkCitation = (text: string) => expect(text).toMatch(/“.+”|^[^“”]*\. Letter to [^“”]+, \d{1,2} \w+ \d{4}\./);
/** The machine-readable forms, files beside the page: the type each is served with and what its text must look like. */
const files: Record<string, { type: RegExp; check: (text: string) => void }> = {
	'BibTeX (.bib)': { type: /^application\/x-bibtex; charset=utf-8$/, check: (text) => expect(text).toMatch(/^@\w+\{[^,]+,\n/) },
	'CSL-JSON': { type: /^application\/json\b/, check: (text) => expect(JSON.parse(text)).toHaveLength(1) },
};

describe.each([
	['the letter', letterPath],
	['a report', reportPath],
])('"Cite this" on %s', (_, path) => {
	let page: Page;
	const section = () => page.getByRole('region', { name: 'Cite this' });
	const copied = () => page.evaluate(() => navigator.clipboard.readText());

	beforeAll(async () => {
		page = await run.browser.context.newPage();
		await page.goto(run.site.url(path));
	});

	it('shows the citation, in a figure named by its heading, in a focusable block', async () => {
		const figure = section().getByRole('figure', { name: 'Citation', exact: true });
		await expect(figure.getByRole('heading', { level: 3, name: 'Citation', exact: true }).count()).resolves.toBe(1);
		const text = figure.locator('pre');
		await expect(text.isVisible()).resolves.toBe(true);
		await expect(text.getAttribute('tabindex')).resolves.toBe('0');
		checkCitation((await text.textContent()) ?? '');
	});

	it('copies the citation', async () => {
		const figure = section().getByRole('figure', { name: 'Citation', exact: true });
		await figure.getByRole('button', { name: 'Copy citation' }).click();
		expect(await copied()).toBe(await figure.locator('pre').textContent());
	});

	it.each(Object.entries(files))('links %s, a file beside the page that the site serves with its type', async (name, { type, check }) => {
		const link = section().getByRole('link', { name, exact: true });
		const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
		expect(new URL('.', href).href, 'in the page’s folder').toBe(page.url());
		const response = await page.request.get(href);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toMatch(type);
		check(await response.text());
	});
});
