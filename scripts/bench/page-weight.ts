import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, openBrowser } from '../../tools/chromium.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { pagePath, type CollectionName } from '../../src/collections.ts';
import { loadContent } from '../../src/pipeline/load.ts';
import { featuredOf, newestFirst } from '../../src/lib/letter-order.ts';

/** What one page costs a reader: bytes over the wire (gzipped, as any static host serves them), requests, JavaScript (files and inline). */
export interface PageWeight {
	label: string;
	bytes: number;
	requests: number;
	jsBytes: number;
}

/** A page to weigh: its label, its path, and whether it is a search whose results must show first. */
export type WeighedPage = [label: string, path: string, action?: 'search'];

/**
 * One page of each kind, taken from the content the site was built from (the featured letter, the first
 * report, question, person and case by id), the pages that collect others, and two searches: a word of
 * the synthetic reports ("detention", so the index's size shows) and the addressee's name.
 */
export async function pagesToWeigh(contentDir: string): Promise<WeighedPage[]> {
	const { entries, site } = await loadContent({ root: contentDir, base: '/' });
	const first = (collection: CollectionName) => entries[collection].map((entry) => entry.id).sort()[0];
	const letter = featuredOf(newestFirst(entries.letters), (site?.featuredLetter as { id: string } | undefined)?.id);
	const addressee = letter && entries.people.find((p) => p.id === (letter.data['addressee'] as { person: { id: string } }).person.id);
	const pages: [string, CollectionName, string | undefined][] = [
		['Letter (first view)', 'letters', letter?.id],
		['Report', 'reports', first('reports')],
		['Written question', 'questions', first('questions')],
		['Person', 'people', first('people')],
		['Case', 'cases', first('cases')],
	];
	return [
		...pages.flatMap(([label, collection, id]): WeighedPage[] => (id ? [[label, `/${pagePath(collection, id)}`]] : [])),
		['Timeline', '/timeline/'],
		['Glossary', '/glossary/'],
		['Search page with one search ("detention")', '/search/?q=detention', 'search'],
		...(addressee
			? [
					[
						`Search page with one search ("${addressee.data['name']}")`,
						`/search/?q=${encodeURIComponent(String(addressee.data['name']))}`,
						'search',
					] as WeighedPage,
				]
			: []),
	];
}

/**
 * Loads each page in Chromium from a local static server and adds up what it fetched. Files are
 * counted at their gzip size (Pagefind's index chunks are already compressed, so gzip barely
 * changes them). Returns undefined when no Chromium is installed.
 */
export async function measurePages(dist: string, pages: WeighedPage[]): Promise<PageWeight[] | undefined> {
	if (!findChromium()) {
		console.error('No Chromium found: skipping page weights (install Debian\'s "chromium" package or set CHROMIUM_PATH).');
		return undefined;
	}
	const site = await serveStatic(dist, '/');
	const browser = await openBrowser();
	const results: PageWeight[] = [];
	try {
		for (const [label, path, action] of pages) {
			const page = await browser.context.newPage();
			const fetched: string[] = [];
			page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
			await page.goto(site.url(path), { waitUntil: 'networkidle' });
			if (action === 'search') await page.locator('[data-search-results] a').first().waitFor({ timeout: 30_000 });
			await page.waitForLoadState('networkidle');
			let bytes = 0;
			// Scripts written into the page count as JavaScript too (their bytes are already in the page's).
			const inline = await page.$$eval('script:not([src])', (scripts) =>
				scripts.filter((script) => ['', 'module'].includes(script.getAttribute('type') ?? '')).map((script) => script.textContent ?? ''),
			);
			let jsBytes = inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
			for (const pathname of fetched) {
				const file = join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
				if (!existsSync(file)) continue;
				const size = gzipSync(readFileSync(file)).length;
				bytes += size;
				if (pathname.endsWith('.js') || pathname.endsWith('.mjs')) jsBytes += size;
			}
			results.push({ label, bytes, requests: fetched.length, jsBytes });
			await page.close();
		}
	} finally {
		await browser.close();
		await site.close();
	}
	return results;
}
