import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locsOf } from '../sitemap.ts';
import { attr, distDir, element, elements, fileOf, htmlFiles, parseFile, sitePath } from './dist.ts';

/** The text of the file in dist/ that an address (or a path) of the site is served from. */
function served(address: string): string {
	const file = fileOf(new URL(address, 'http://site.invalid').pathname);
	if (!file) throw new Error(`${address}: no such file in dist/`);
	return readFileSync(file, 'utf8');
}

/** A page's canonical address, from its `<link rel="canonical">`. */
const canonicalOf = (file: string) =>
	attr(
		element(parseFile(file), 'canonical link', (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical'),
		'href',
	);

/** A page that only leads elsewhere (a moved address), as static hosts serve a redirect. */
const isRedirect = (file: string) => elements(parseFile(file), (el) => el.tagName === 'meta' && attr(el, 'httpEquiv') === 'refresh').length > 0;

const listed = locsOf(served(sitePath('/sitemap-index.xml'))).flatMap((sitemap) => locsOf(served(sitemap)));

describe('the sitemap (@astrojs/sitemap)', () => {
	it('is where robots.txt and every page say it is', () => {
		const home = htmlFiles().find((file) => relative(distDir, file) === 'index.html') as string;
		const indexUrl = new URL(sitePath('/sitemap-index.xml'), canonicalOf(home)).href;
		expect(served(sitePath('/robots.txt'))).toContain(`\nSitemap: ${indexUrl}\n`);
		const pointers = new Set(
			htmlFiles()
				.filter((file) => !isRedirect(file))
				.map((file) =>
					attr(
						element(parseFile(file), 'sitemap link', (el) => el.tagName === 'link' && attr(el, 'rel') === 'sitemap'),
						'href',
					),
				),
		);
		expect([...pointers]).toEqual([sitePath('/sitemap-index.xml')]);
	});

	it('lists every page but the 404 page and the redirects once, at its canonical address (base path and trailing slash included)', () => {
		const pages = htmlFiles().filter((file) => relative(distDir, file) !== '404.html' && !isRedirect(file));
		expect(listed.length).toBe(new Set(listed).size);
		expect([...listed].sort()).toEqual(pages.map(canonicalOf).sort());
		expect(listed.filter((url) => !new URL(url).pathname.endsWith('/'))).toEqual([]);
	});
});
