import { expect } from 'vitest';
import type { PageCheck, Visit } from '../visits.ts';

/** What a visit left behind in the tab: what it stored, its referrer policy, and its links that leave the site. */
interface Traces {
	storage: { localStorage: number; sessionStorage: number; indexedDB: string[]; caches: string[] };
	referrerPolicy: string | null;
	externalLinks: { href: string; rel: string }[];
}

/** How many requests each visit made, printed at the end for the record. */
const counts: Record<string, number> = {};

/** Requests that went anywhere but the site itself (data: URLs never leave the browser). */
function offSite({ origin, requests }: Visit): string[] {
	return requests.map((r) => r.url).filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
}

const nothingStored = { localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [] };

/** Privacy: no request leaves the site, nothing is stored, links that leave the site send no referrer. */
export const privacy: PageCheck<Traces> = {
	name: 'privacy: nothing leaves the site, nothing is stored',
	collect: ({ page }) =>
		page.evaluate(async () => ({
			storage: {
				localStorage: localStorage.length,
				sessionStorage: sessionStorage.length,
				indexedDB: (await indexedDB.databases()).map((db) => db.name ?? ''),
				caches: await caches.keys(),
			},
			referrerPolicy: document.querySelector('meta[name="referrer"]')?.getAttribute('content') ?? null,
			externalLinks: [...document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')]
				.filter((a) => new URL(a.href).origin !== location.origin)
				.map((a) => ({ href: a.href, rel: a.rel })),
		})),
	verify: (traces, visit) => {
		counts[`${visit.target.name} at ${visit.width} px`] = visit.requests.length;
		expect(visit.requests.length, 'the page itself was requested').toBeGreaterThan(0);
		expect(offSite(visit)).toEqual([]);
		expect(traces.storage).toEqual(nothingStored);
		expect(traces.referrerPolicy).toBe('no-referrer');
		expect(traces.externalLinks.filter((link) => !link.rel.split(/\s+/).includes('noreferrer'))).toEqual([]);
		// So that the two checks above have something to check:
		if (visit.target.kind === 'source') expect(traces.externalLinks.length, 'a source links out').toBeGreaterThan(0);
		if (visit.target.kind === 'header search')
			expect(
				visit.requests.some((r) => r.url.includes('/pagefind/')),
				'the search index was loaded',
			).toBe(true);
	},
	canary: async (visit) => {
		// A request that leaves the site is recorded, even though the browser aborts it.
		await visit.page.evaluate(() =>
			document.body.append(Object.assign(document.createElement('img'), { src: 'https://tracker.example/pixel.png', alt: '' })),
		);
		await expect.poll(() => offSite(visit)).toEqual(['https://tracker.example/pixel.png']);
	},
	afterVisits: [
		{
			name: "privacy: after all the visits, no cookie, nothing in the origin's local storage",
			run: async ({ site, browser }) => {
				console.log(
					`Requests per visit (all must go to the site's own origin):\n${Object.entries(counts)
						.map(([visit, n]) => `  ${visit}: ${n}`)
						.join('\n')}`,
				);
				expect(await browser.context.cookies()).toEqual([]);
				const page = await browser.context.newPage();
				await page.goto(site.url('/'));
				expect(await page.evaluate(() => localStorage.length)).toBe(0);
				await page.close();
			},
		},
	],
};
