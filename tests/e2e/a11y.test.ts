import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';
import { claimsOnLetter, letterPath, openPage, pageKinds, searchFromHeader, searchWord } from './pages.ts';

/** axe-core, evaluated into each page through the DevTools protocol, which the page's policy does not govern. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.2 level A and AA, as axe tags them. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Violations we know of and reported, which this ring cannot fix: the check skips them, and fails
 * once one no longer occurs, so the entry goes when its fix lands.
 */
const knownViolations: { rule: string; where: string; target: RegExp }[] = [];
const knownSeen = new Set<number>();
/** How many pages axe checked in this run; the stale-entry check needs all of them. */
let pagesChecked = 0;
const widths = [1280, 375];

const run = useSiteInBrowser();

interface AxeResults {
	violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[];
}

/** Runs axe on the page in light and dark, and returns each violation as "scheme rule (impact): node — why". */
async function wcagViolations(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	const found: string[] = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const results = await page.evaluate(
			(tags) =>
				(window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
					runOnly: { type: 'tag', values: tags },
					resultTypes: ['violations'],
				}),
			wcagTags,
		);
		for (const violation of results.violations) {
			for (const node of violation.nodes) {
				const target = node.target.join(' ');
				const known = knownViolations.findIndex((k) => k.rule === violation.id && k.target.test(target));
				if (known >= 0) knownSeen.add(known);
				else found.push(`${colorScheme} ${violation.id} (${violation.impact}): ${target} — ${node.failureSummary.replace(/\s+/g, ' ')}`);
			}
		}
	}
	pagesChecked++;
	return found;
}

/** How far the page scrolls sideways: WCAG 1.4.10 (Reflow) wants none on a narrow screen. */
function sidewaysScroll(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe.each(widths)('WCAG 2.2 AA (axe) at %i px, light and dark', (width) => {
	const open = async (path: string) => {
		const page = await run.browser.context.newPage();
		await page.setViewportSize({ width, height: 800 });
		await openPage(page, run.site.url(path));
		return page;
	};

	it('the check finds a fault planted on purpose: an image without alternative text', async () => {
		const page = await open('/');
		await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: 'favicon.svg' })));
		expect((await wcagViolations(page)).join('\n')).toMatch(/image-alt/);
		await page.close();
	});

	it.each(pageKinds)('%s page (%s)', async (_kind, path) => {
		const page = await open(path);
		expect(await wcagViolations(page)).toEqual([]);
		expect(await sidewaysScroll(page), 'sideways scrolling in CSS px').toBeLessThanOrEqual(0);
		await page.close();
	});

	it.runIf(claimsOnLetter > 0)('the letter with its claims and requests marked', async () => {
		const page = await open(letterPath);
		await page.locator('[data-claims-toggle]').click();
		expect(await wcagViolations(page)).toEqual([]);
		expect(await sidewaysScroll(page), 'sideways scrolling in CSS px').toBeLessThanOrEqual(0);
		await page.close();
	});

	it('the header search, open with results', async () => {
		const page = await open('/');
		await searchFromHeader(page, searchWord);
		expect(await wcagViolations(page)).toEqual([]);
		expect(await sidewaysScroll(page), 'sideways scrolling in CSS px').toBeLessThanOrEqual(0);
		await page.close();
	});
});

describe('known violations', () => {
	it('each one still occurs somewhere (remove an entry once its fix lands)', (context) => {
		// Planted fault, every kind of page and the header search, at each width.
		if (pagesChecked < widths.length * (pageKinds.length + 2)) context.skip();
		expect(knownViolations.filter((_, i) => !knownSeen.has(i)).map((k) => `${k.rule} on ${k.where}`)).toEqual([]);
	});
});
