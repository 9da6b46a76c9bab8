import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { featuredLetterId, pageOf } from '../content.ts';
import { attr, elements, fileOf, parseFile, sitePath, textOf } from './dist.ts';

/**
 * The letter's first view: its HTML (all its notes inside), the stylesheets and scripts it links, and
 * the modules those scripts import before they run — what a reader's browser fetches before any click.
 * Code a page loads only when asked (`import()`: search, Pagefind) is not in it. Sizes are gzip at
 * Node's default level, as scripts/bench/page-weight.ts counts them; the build is deterministic, so a
 * budget is a plain assertion.
 */
/**
 * The goal of issue 23, met: at most 18,000 B in all, 1,500 B of it JavaScript. The page weighed 22,122 B before
 * the budget work and 18,718 B (1,352 B JavaScript) before its last round; it weighs 17,988 B (1,171 B JavaScript)
 * after it (README, Performance). A feature that needs bytes here pays for them elsewhere on the page.
 */
const budget = { total: 18_000, javaScript: 1_500 };

const gzip = (text: string | Buffer) => gzipSync(text).length;

/** The modules a script imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
const staticImports = (code: string) => [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$\s{},*]+?from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);

interface Weight {
	file: string;
	bytes: number;
	javaScript: number;
}

/** Every file of a page's first view with its gzip size; inline scripts count as JavaScript (inside the HTML's bytes). */
function firstView(path: string): Weight[] {
	const file = fileOf(sitePath(path));
	if (!file) throw new Error(`${sitePath(path)} was not built`);
	const page = parseFile(file);
	const scripts = elements(page, (el) => el.tagName === 'script' && ['', 'module'].includes(attr(el, 'type')));
	const inline = scripts.filter((el) => !attr(el, 'src')).reduce((sum, el) => sum + gzip(textOf(el)), 0);
	const weights: Weight[] = [{ file: path, bytes: gzip(readFileSync(file)), javaScript: inline }];
	const seen = new Set<string>();
	const add = (href: string, from: string) => {
		const url = new URL(href, `http://site${from}`).pathname;
		if (seen.has(url)) return;
		seen.add(url);
		const asset = fileOf(url);
		if (!asset) throw new Error(`${url}, linked from ${from}, is not in dist/`);
		const content = readFileSync(asset);
		const isScript = url.endsWith('.js') || url.endsWith('.mjs');
		weights.push({ file: url, bytes: gzip(content), javaScript: isScript ? gzip(content) : 0 });
		if (isScript) for (const imported of staticImports(content.toString('utf8'))) add(imported, url);
	};
	const pagePath = sitePath(path);
	for (const link of elements(page, (el) => el.tagName === 'link' && /\b(stylesheet|modulepreload)\b/.test(attr(el, 'rel'))))
		add(attr(link, 'href'), pagePath);
	for (const script of scripts.filter((el) => attr(el, 'src'))) add(attr(script, 'src'), pagePath);
	return weights;
}

describe("the letter's first view", () => {
	const path = pageOf('letters', featuredLetterId);
	const weights = firstView(path);
	const sum = (key: 'bytes' | 'javaScript') => weights.reduce((total, w) => total + w[key], 0);
	const breakdown = weights.map((w) => `${w.file}: ${w.bytes} B${w.javaScript ? ` (${w.javaScript} B JavaScript)` : ''}`).join('\n');

	it('finds the page and the assets it links (a measure of nothing would pass any budget)', () => {
		expect(
			weights.some((w) => w.file.endsWith('.css')),
			breakdown,
		).toBe(true);
		expect(weights[0]!.bytes).toBeGreaterThan(5_000);
	});

	it(`weighs at most ${budget.total} B gzipped, HTML, CSS and JavaScript together`, () => {
		expect(sum('bytes'), `total of\n${breakdown}`).toBeLessThanOrEqual(budget.total);
	});

	it(`runs at most ${budget.javaScript} B of JavaScript, gzipped, inline scripts included`, () => {
		expect(sum('javaScript'), `JavaScript of\n${breakdown}`).toBeLessThanOrEqual(budget.javaScript);
	});
});
