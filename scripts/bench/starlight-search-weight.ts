/**
 * What a first search costs on Astro Starlight (the performance anchor), weighed as `page-weight.ts` weighs
 * the site's: its letter page loaded, its search dialog opened, one query typed, until the first result
 * shows and the network is idle; every file fetched counted at its gzip size.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findChromium, openBrowser } from '../../tools/chromium.ts';
import { serveStatic } from '../../tools/static-server.ts';

/**
 * Bytes (gzip) and requests of Starlight's letter page plus one search, for each query: the median of three
 * loads in fresh pages, since its search box searches as the reader types and what it fetches varies a little.
 */
export async function starlightSearchWeights(
	dist: string,
	queries: string[],
): Promise<{ query: string; bytes: number; requests: number }[] | undefined> {
	if (!findChromium() || !existsSync(join(dist, 'letter/index.html'))) return undefined;
	const site = await serveStatic(dist, '/');
	const browser = await openBrowser();
	const results: { query: string; bytes: number; requests: number }[] = [];
	try {
		for (const query of queries.flatMap((q) => [q, q, q])) {
			const page = await browser.context.newPage();
			const fetched: string[] = [];
			page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
			await page.goto(site.url('/letter/'), { waitUntil: 'networkidle' });
			await page.locator('button[data-open-modal]').first().click();
			await page.locator('.pagefind-ui__search-input').fill(query);
			await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
			await page.waitForLoadState('networkidle');
			let bytes = 0;
			for (const pathname of fetched) {
				const file = join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
				if (existsSync(file)) bytes += gzipSync(readFileSync(file)).length;
			}
			results.push({ query, bytes, requests: fetched.length });
			await page.close();
		}
	} finally {
		await browser.close();
		await site.close();
	}
	return queries.map((query) => results.filter((r) => r.query === query).sort((a, b) => a.bytes - b.bytes)[1]!);
}
