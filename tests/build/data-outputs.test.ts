import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, distDir, distFiles, elements, htmlFiles, parseFile } from './dist.ts';
import { xmlError } from './well-formed-xml.ts';

// The generated data of the site: read by programs, not people, so a parse error is a failure.
// Pagefind's bundle is left out (distFiles): its files are Pagefind's, written by Pagefind.

const name = (file: string) => relative(distDir, file);
const jsonFiles = distFiles(['.json', '.jsonld']);
const xmlFiles = distFiles(['.xml', '.svg', '.rss', '.atom', '.xsl']);

describe('JSON and JSON-LD files', () => {
	it('include the Web Annotations export', () => {
		expect(jsonFiles.map(name)).toContain('annotations.jsonld');
	});

	it.each(jsonFiles.map(name))('%s parses', (file) => {
		const data: unknown = JSON.parse(readFileSync(join(distDir, file), 'utf8'));
		if (file.endsWith('.jsonld')) expect(data).toHaveProperty(['@context']);
	});
});

describe('JSON-LD in pages', () => {
	const blocks = htmlFiles().flatMap((file) =>
		elements(parseFile(file), (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json').map((script) => ({
			page: name(file),
			text: script.children.map((child) => (child.type === 'text' ? child.value : '')).join(''),
		})),
	);

	it('is on the letter, the reports, people and organisations', () => {
		const sections = new Set(blocks.map((block) => block.page.split('/')[0]));
		expect([...sections]).toEqual(expect.arrayContaining(['letters', 'organizations', 'people', 'reports']));
	});

	it('parses in every page, and says what vocabulary it uses (@context)', () => {
		const faults = blocks.flatMap(({ page, text }) => {
			try {
				const data: unknown = JSON.parse(text);
				return typeof data === 'object' && data !== null && '@context' in data ? [] : [`${page}: no @context`];
			} catch (error) {
				return [`${page}: ${(error as Error).message}`];
			}
		});
		expect(faults).toEqual([]);
	});
});

describe('XML files (the sitemap, SVG, any feed)', () => {
	it('include the sitemap index and its sitemap', () => {
		expect(xmlFiles.map(name)).toEqual(expect.arrayContaining(['sitemap-index.xml', 'sitemap-0.xml']));
	});

	it.each(xmlFiles.map(name))('%s is well-formed', (file) => {
		expect(xmlError(readFileSync(join(distDir, file), 'utf8'))).toBeUndefined();
	});
});
