import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, elements, htmlFiles, is, parseFile } from './dist.ts';
import { featuredLetterId, idsOf, letterIds, pageOf } from '../content.ts';

const bundle = join(distDir, 'pagefind');

interface PagefindEntry {
	version: string;
	languages: Record<string, { hash: string; page_count: number }>;
}

function readEntry(): PagefindEntry {
	const path = join(bundle, 'pagefind-entry.json');
	if (!existsSync(path)) throw new Error(`${path} is missing: the Pagefind step of the build did not run`);
	return JSON.parse(readFileSync(path, 'utf8')) as PagefindEntry;
}

describe('the Pagefind search bundle', () => {
	it('is in dist/pagefind/, with the script the search page loads', () => {
		expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
		expect(existsSync(join(bundle, 'pagefind-component-ui.js'))).toBe(true);
	});

	it('indexes the site in English: at least every letter, report and note', () => {
		const { languages } = readEntry();
		expect(Object.keys(languages)).toEqual(['en']);
		expect(languages['en']?.page_count).toBeGreaterThanOrEqual(letterIds.length + idsOf('reports').length + idsOf('annotations').length);
	});

	it('has one fragment per indexed page', () => {
		const fragments = readdirSync(join(bundle, 'fragment')).filter((name) => name.endsWith('.pf_fragment'));
		expect(fragments.length).toBe(readEntry().languages['en']?.page_count);
	});

	it('indexes exactly the pages that mark their body for search (data-pagefind-body)', () => {
		const marked = htmlFiles().filter((file) => elements(parseFile(file), is.attr('dataPagefindBody')).length > 0);
		expect(marked.map((file) => relative(distDir, file))).toContain(`${pageOf('letters', featuredLetterId).slice(1)}index.html`);
		expect(readEntry().languages['en']?.page_count).toBe(marked.length);
	});
});
