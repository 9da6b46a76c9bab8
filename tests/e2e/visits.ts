import type { Page, Request } from 'playwright-core';
import type { SiteUnderTest } from './browser.ts';
import { claimsOnLetter, letterPath, openPage, pageKinds, searchFromHeader, searchWord } from './pages.ts';

/**
 * One visit per page kind and width, shared by every check that looks at a whole page (accessibility,
 * the Content-Security-Policy, privacy …): tests/e2e/every-page.test.ts opens each page once, lets every
 * check in tests/e2e/page-checks/ collect what it needs from that tab, then asserts each check apart.
 * A new whole-page check is a PageCheck module there and one line in every-page.test.ts; a new page to
 * look at is a kind in pages.ts or, when it needs a reader's action first, an entry in `visitTargets`.
 */

/** Where a visit goes: a site path (without the base) and what a reader does there before the checks look. */
export interface VisitTarget {
	/** As the tests name it: "letter page (/letters/x/)". */
	name: string;
	/** The page kind (pages.ts), or what the visit shows. */
	kind: string;
	path: string;
	act?: (page: Page) => Promise<void>;
}

/** Every page kind, and the pages a reader's action changes. */
export const visitTargets: VisitTarget[] = [
	...pageKinds.map(([kind, path]) => ({ name: `${kind} page (${path})`, kind, path })),
	{ name: 'the header search, open with results', kind: 'header search', path: '/', act: (page) => searchFromHeader(page, searchWord) },
	...(claimsOnLetter > 0
		? [
				{
					name: 'the letter with its claims and requests marked',
					kind: 'letter',
					path: letterPath,
					act: (page: Page) => page.locator('[data-claims-toggle]').click(),
				},
			]
		: []),
];

/** The widths every page is looked at: a desktop and a phone. */
export const visitWidths = [1280, 375];

/** An open tab on one target at one width, with what it asked the server for and what it logged since it opened. */
export interface Visit {
	target: VisitTarget;
	width: number;
	page: Page;
	/** The site's origin, e.g. `http://127.0.0.1:41234`. */
	origin: string;
	/** Every request of the tab, in order, with the status of its response (undefined: none came, e.g. aborted). */
	requests: { url: string; status: number | undefined }[];
	/** Every console message of the tab. */
	console: string[];
}

/**
 * Opens a tab at `width`, goes to the target, does its action and waits until every request has its answer.
 * Requests are recorded from the first to the tab's close: `page.on('request')` fires before browser.ts
 * aborts one that would leave the machine, so those are seen too. The caller closes `visit.page`.
 */
export async function openVisit(run: SiteUnderTest, target: VisitTarget, width: number): Promise<Visit> {
	const page = await run.browser.context.newPage();
	const visit: Visit = { target, width, page, origin: run.site.origin, requests: [], console: [] };
	const recorded = new Map<Request, Visit['requests'][number]>();
	page.on('request', (request) => {
		const entry = { url: request.url(), status: undefined };
		recorded.set(request, entry);
		visit.requests.push(entry);
	});
	page.on('response', (response) => {
		const entry = recorded.get(response.request());
		if (entry) entry.status = response.status();
	});
	page.on('console', (message) => visit.console.push(message.text()));
	let inFlight = 0;
	page.on('request', () => inFlight++);
	page.on('requestfinished', () => inFlight--);
	page.on('requestfailed', () => inFlight--);
	await page.setViewportSize({ width, height: 800 });
	await openPage(page, run.site.url(target.path));
	await target.act?.(page);
	// Every request answered. What starts later is still recorded: checks read requests and events after the
	// slowest check (axe) has run, a longer wait than Playwright's 'networkidle' (500 ms without a request).
	await page.waitForLoadState('load');
	for (const deadline = Date.now() + 30_000; inFlight > 0;) {
		if (Date.now() > deadline) throw new Error(`${target.path}: ${inFlight} requests still unanswered after 30 s`);
		await page.waitForTimeout(50);
	}
	return visit;
}

/** A check that joins every visit: what it reads from the open tab, and what it then asserts. */
export interface PageCheck<Found = unknown> {
	/** Names the check in the test titles. */
	name: string;
	/** Runs in every document of the browser context before the page's own scripts (e.g. to record events). */
	initScript?: () => void;
	/** Reads what the check needs from the visit's tab (the tab is left as found, for the next check). */
	collect(visit: Visit): Promise<Found>;
	/** Asserts on what was collected (with vitest's `expect`). */
	verify(found: Found, visit: Visit): void;
	/** Shows the check can fail: plants a fault in the visit's tab (the home page) and expects the check to see it. */
	canary?(visit: Visit): Promise<void>;
	/** Checks that need every visit done first (e.g. a list of known faults that must each still occur). */
	afterVisits?: { name: string; run(site: SiteUnderTest): Promise<void> | void }[];
}
