import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PageCheck } from '../visits.ts';

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

interface AxeResults {
	violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[];
}

/** The axe rules whose verdict depends on colours: all that can change when only the colours change. */
const colourRules = ['color-contrast', 'link-in-text-block', 'link-in-text-block-style'];

/**
 * Whether the page's dark scheme changes colours only: every declaration under `prefers-color-scheme: dark`
 * sets a custom property to a colour. Then the dark run needs only axe's colour rules, the others seeing what
 * they saw in light; otherwise it runs them all.
 */
function darkChangesOnlyColours(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const inDark: CSSRule[] = [];
		const walk = (rules: CSSRuleList, dark: boolean): void => {
			for (const rule of rules) {
				if (rule instanceof CSSMediaRule) walk(rule.cssRules, dark || /prefers-color-scheme\s*:\s*dark/.test(rule.conditionText));
				else if (dark) inDark.push(rule);
				else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules, false);
			}
		};
		for (const sheet of document.styleSheets) walk(sheet.cssRules, false);
		return inDark.every(
			(rule) =>
				rule instanceof CSSStyleRule &&
				rule.cssRules.length === 0 &&
				[...rule.style].every((name) => name.startsWith('--') && CSS.supports('color', rule.style.getPropertyValue(name).trim())),
		);
	});
}

/** Runs axe on the page in light and dark, and returns each violation as "scheme rule (impact): node — why". */
async function wcagViolations(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	const coloursOnly = await darkChangesOnlyColours(page);
	const found: string[] = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const results = await page.evaluate(
			({ tags, only }) => {
				const axe = (
					window as unknown as {
						axe: { getRules(tags: string[]): { ruleId: string }[]; run(context: Document, options: object): Promise<AxeResults> };
					}
				).axe;
				const rules = axe
					.getRules(tags)
					.map((rule) => rule.ruleId)
					.filter((id) => !only || only.includes(id));
				return axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] });
			},
			{ tags: wcagTags, only: colorScheme === 'dark' && coloursOnly ? colourRules : undefined },
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
	await page.emulateMedia({ colorScheme: null });
	return found;
}

/** How far the page scrolls sideways: WCAG 1.4.10 (Reflow) wants none on a narrow screen. */
function sidewaysScroll(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** WCAG 2.2 AA as axe checks it, in light and dark, and no sideways scrolling (Reflow). */
export const a11y: PageCheck<{ violations: string[]; sideways: number }> = {
	name: 'WCAG 2.2 AA (axe), light and dark; no sideways scrolling',
	collect: async ({ page }) => ({ violations: await wcagViolations(page), sideways: await sidewaysScroll(page) }),
	verify: ({ violations, sideways }) => {
		expect(violations).toEqual([]);
		expect(sideways, 'sideways scrolling in CSS px').toBeLessThanOrEqual(0);
	},
	canary: async ({ page }) => {
		// An image without alternative text.
		await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: 'favicon.svg' })));
		expect((await wcagViolations(page)).join('\n')).toMatch(/image-alt/);
	},
	afterVisits: [
		{
			name: 'known violations: each one still occurs somewhere (remove an entry once its fix lands)',
			run: () => expect(knownViolations.filter((_, i) => !knownSeen.has(i)).map((k) => `${k.rule} on ${k.where}`)).toEqual([]),
		},
	],
};
