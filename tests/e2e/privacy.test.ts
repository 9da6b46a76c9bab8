import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';
import { openPage, pageKinds, pathOfKind, searchFromHeader, searchWord } from './pages.ts';

const run = useSiteInBrowser();
/** How many requests each visit made, printed at the end for the record. */
const counts: Record<string, number> = {};

/** What a visit left behind: every request, what the tab stored, and its links that leave the site. */
interface Visit {
	requests: string[];
	storage: { localStorage: number; sessionStorage: number; indexedDB: string[]; caches: string[] };
	referrerPolicy: string | null;
	externalLinks: { href: string; rel: string }[];
}

/**
 * The URL of every request the tab makes from now on. `page.on('request')` fires before browser.ts
 * aborts a request that would leave the machine, so those are recorded too.
 */
function recordRequests(page: Page): string[] {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	return requests;
}

/** Opens a tab, does `act`, and reports the visit. */
async function visit(act: (page: Page) => Promise<void>): Promise<Visit> {
	const page = await run.browser.context.newPage();
	const requests = recordRequests(page);
	try {
		await act(page);
		await page.waitForLoadState('networkidle');
		const seen = await page.evaluate(async (origin) => ({
			storage: {
				localStorage: localStorage.length,
				sessionStorage: sessionStorage.length,
				indexedDB: (await indexedDB.databases()).map((db) => db.name ?? ''),
				caches: await caches.keys(),
			},
			referrerPolicy: document.querySelector('meta[name="referrer"]')?.getAttribute('content') ?? null,
			externalLinks: [...document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')]
				.filter((a) => new URL(a.href).origin !== origin)
				.map((a) => ({ href: a.href, rel: a.rel })),
		}), run.site.origin);
		return { requests, ...seen };
	} finally {
		await page.close();
	}
}

/** Requests that went anywhere but the site itself (data: URLs never leave the browser). */
function offSite(requests: string[]): string[] {
	return requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== run.site.origin);
}

afterAll(() => {
	const lines = Object.entries(counts).map(([page, n]) => `  ${page}: ${n}`);
	console.log(`Requests per page (all must go to the site's own origin):\n${lines.join('\n')}`);
});

describe('privacy: nothing leaves the site, nothing is stored', () => {
	it('the recorder sees a request that leaves the site, even though the browser aborts it', async () => {
		const page = await run.browser.context.newPage();
		const requests = recordRequests(page);
		await page.setContent('<img src="https://tracker.example/pixel.png" alt="">');
		await page.close();
		expect(offSite(requests)).toEqual(['https://tracker.example/pixel.png']);
	});

	it.each(pageKinds)('%s page (%s)', async (kind, path) => {
		const seen = await visit((page) => openPage(page, run.site.url(path)));
		counts[`${kind} ${path}`] = seen.requests.length;
		expect(seen.requests.length, 'the page itself was requested').toBeGreaterThan(0);
		expect(offSite(seen.requests)).toEqual([]);
		expect(seen.storage).toEqual({ localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [] });
		expect(seen.referrerPolicy).toBe('no-referrer');
		expect(seen.externalLinks.filter((link) => !link.rel.split(/\s+/).includes('noreferrer'))).toEqual([]);
	});

	it('the header search, focused and typed into', async () => {
		const seen = await visit(async (page) => {
			await openPage(page, run.site.url('/'));
			await searchFromHeader(page, searchWord);
		});
		counts[`header search "${searchWord}" on /`] = seen.requests.length;
		expect(seen.requests.some((url) => url.includes('/pagefind/')), 'the search index was loaded').toBe(true);
		expect(offSite(seen.requests)).toEqual([]);
		expect(seen.storage).toEqual({ localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [] });
	});

	it('there are links that leave the site to check: sources link out', async () => {
		const seen = await visit((page) => openPage(page, run.site.url(pathOfKind('source'))));
		expect(seen.externalLinks.length).toBeGreaterThan(0);
	});

	it('after all the visits: no cookie, nothing in the origin\'s local storage', async () => {
		expect(await run.browser.context.cookies()).toEqual([]);
		const page = await run.browser.context.newPage();
		await page.goto(run.site.url('/'));
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
		await page.close();
	});
});
