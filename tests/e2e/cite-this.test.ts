import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';
import { letterPath, pageKinds } from './pages.ts';

const run = useSiteInBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });
const reportPath = pageKinds.find(([kind]) => kind === 'report')?.[1] ?? '';
/** Each form, and what its text must look like. */
const forms: Record<string, (text: string) => void> = {
	Citation: (text) => expect(text).toMatch(/“.+”/),
	BibTeX: (text) => expect(text).toMatch(/^@\w+\{/),
	'CSL-JSON': (text) => expect(JSON.parse(text)).toHaveLength(1),
};

describe.each([
	['the letter', letterPath],
	['a report', reportPath],
])('"Cite this" on %s', (_, path) => {
	let page: Page;

	beforeAll(async () => {
		page = await run.browser.context.newPage();
		await page.goto(run.site.url(path));
	});

	it.each(Object.entries(forms))('gives the %s form a figure named by its heading, holding the text in a focusable block', async (form, check) => {
		const figure = page.getByRole('region', { name: 'Cite this' }).getByRole('figure', { name: form, exact: true });
		await expect(figure.getByRole('heading', { level: 3, name: form, exact: true }).count()).resolves.toBe(1);
		const text = figure.locator('pre');
		await expect(text.getAttribute('tabindex')).resolves.toBe('0');
		check((await text.textContent()) ?? '');
	});

	it('copies the form its button belongs to', async () => {
		const figure = page.getByRole('figure', { name: 'BibTeX', exact: true });
		await figure.getByRole('button', { name: 'Copy BibTeX' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await figure.locator('pre').textContent());
	});
});
