import type { BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { openBrowser, type BrowserSession } from '../../tools/chromium.ts';
import { serveStatic, type StaticSite } from '../../tools/static-server.ts';
import { basePath, distDir } from '../site.ts';

/** What a browser test file works with: the served site and a browser context of its own (fresh cookies, storage, cache). */
export interface SiteUnderTest {
	site: StaticSite;
	browser: BrowserSession;
}

/**
 * Serves `dist/` and opens a browser for the test file (both closed after it), so each file states only
 * how its browser differs, e.g. `{ javaScriptEnabled: false }`. A Chromium of its own, with a profile on
 * disk: one Chromium shared by the ring, a fresh incognito context per file, was slower (such a context keeps
 * no compiled code, so every page compiles Pagefind's scripts and WebAssembly anew: search tests took 1.6×).
 */
export function useSiteInBrowser(options: BrowserContextOptions = {}): SiteUnderTest {
	const state = {} as SiteUnderTest;
	beforeAll(async () => {
		state.site = await serveStatic(distDir, basePath);
		state.browser = await openBrowser(options);
	});
	afterAll(async () => {
		await state.browser?.close();
		await state.site?.close();
	});
	return state;
}
