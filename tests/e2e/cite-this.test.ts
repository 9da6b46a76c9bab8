import type { Locator, Page } from 'playwright-core';
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
/** The machine-readable forms, folded by default, and what each one's text must look like. */
const formats: Record<string, (text: string) => void> = {
	BibTeX: (text) => expect(text).toMatch(/^@\w+\{/),
	'CSL-JSON': (text) => expect(JSON.parse(text)).toHaveLength(1),
};

describe.each([
	['the letter', letterPath],
	['a report', reportPath],
])('"Cite this" on %s', (_, path) => {
	let page: Page;
	const section = () => page.getByRole('region', { name: 'Cite this' });
	/** A folded form: the <details> whose summary names it. */
	const folded = (form: string): Locator =>
		section()
			.locator('details')
			.filter({ has: page.locator('summary', { hasText: new RegExp(`^${form}$`) }) });
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

	describe.each(Object.entries(formats))('%s', (form, check) => {
		it('is folded by default, and its copy button copies it folded', async () => {
			await expect(folded(form).evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false);
			await expect(folded(form).locator('pre').isVisible()).resolves.toBe(false);
			await section()
				.getByRole('button', { name: `Copy ${form}`, exact: true })
				.click();
			const text = await copied();
			check(text);
			expect(text).toBe(await folded(form).locator('pre').textContent());
		});

		it('opens on a click on its summary, showing its text in a focusable block', async () => {
			await folded(form).locator('summary').click();
			const text = folded(form).locator('pre');
			await expect(text.isVisible()).resolves.toBe(true);
			await expect(text.getAttribute('tabindex')).resolves.toBe('0');
			check((await text.textContent()) ?? '');
		});

		it('keeps its copy button on the summary’s line and within reach of the keyboard', async () => {
			const summary = await folded(form).locator('summary').boundingBox();
			const button = section().getByRole('button', { name: `Copy ${form}`, exact: true });
			const box = await button.boundingBox();
			expect(box && summary && box.y < summary.y + summary.height && box.y + box.height > summary.y, 'button beside the summary').toBe(true);
			await folded(form).locator('summary').focus();
			await page.keyboard.press('Enter');
			await expect(folded(form).evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false);
			// Closed: the next stop after the summary is its button.
			await page.keyboard.press('Tab');
			await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		});
	});
});
