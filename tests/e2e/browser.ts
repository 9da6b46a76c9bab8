import type { BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectBrowser, type BrowserSession } from '../../tools/chromium.ts';
import { serveStatic, type StaticSite } from '../../tools/static-server.ts';
import { basePath, distDir } from '../site.ts';

/** What a browser test file works with: the served site and a browser context of its own (fresh cookies, storage, cache). */
export interface SiteUnderTest {
	site: StaticSite;
	browser: BrowserSession;
}

/**
 * Serves `dist/` and opens a browser context for the test file (both closed after it), so each file
 * states only how its browser differs, e.g. `{ javaScriptEnabled: false }`. The context is in the
 * ring's one Chromium (tests/e2e/global-setup.ts).
 */
export function useSiteInBrowser(options: BrowserContextOptions = {}): SiteUnderTest {
	const state = {} as SiteUnderTest;
	beforeAll(async () => {
		state.site = await serveStatic(distDir, basePath);
		state.browser = await connectBrowser(inject('chromiumEndpoint'), options);
	});
	afterAll(async () => {
		await state.browser?.close();
		await state.site?.close();
	});
	return state;
}
