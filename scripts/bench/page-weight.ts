import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, openBrowser } from '../../tools/chromium.ts';
import { serveStatic } from '../../tools/static-server.ts';

/** What one page costs a reader: bytes over the wire (gzipped, as any static host serves them), requests, JavaScript. */
export interface PageWeight {
	label: string;
	bytes: number;
	requests: number;
	jsBytes: number;
}

/** One page of each kind, and one search. */
const pages: [label: string, path: string, action?: 'search'][] = [
	['Letter (first view)', '/letters/odf-to-mogherini-2015-02-02/'],
	['Report', '/reports/dosmagambetov-case-summary/'],
	['Written question', '/questions/written-question-11-ecr-meps-2014/'],
	['Person', '/people/jadwiga-wisniewska/'],
	['Case', '/cases/maksat-dosmagambetov/'],
	['Timeline', '/timeline/'],
	['Glossary', '/glossary/'],
	['Search page with one search ("torture")', '/search/?q=torture', 'search'],
];

/**
 * Loads each page in Chromium from a local static server and adds up what it fetched. Files are
 * counted at their gzip size (Pagefind's index chunks are already compressed, so gzip barely
 * changes them). Returns undefined when no Chromium is installed.
 */
export async function measurePages(dist: string): Promise<PageWeight[] | undefined> {
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
			if (action === 'search') await page.locator('pagefind-results a').first().waitFor({ timeout: 30_000 });
			await page.waitForLoadState('networkidle');
			let bytes = 0;
			let jsBytes = 0;
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
