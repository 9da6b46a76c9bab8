import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../../tools/chromium.ts';
import { serveStatic, type StaticSite } from '../../tools/static-server.ts';
import { locsOf } from '../sitemap.ts';
import { letterPath, openPage, pageKinds, searchFromHeader, searchResults, searchWord } from './pages.ts';
import { contentDir, entries } from '../content.ts';

/** The site built for a sub-path, as a host that serves it under /brief/ would. */
const base = '/brief/';
let tmp: string;
let site: StaticSite;
let browser: BrowserSession;

beforeAll(async () => {
	tmp = await mkdtemp(join(tmpdir(), 'odf-subpath-'));
	const outDir = join(tmp, 'site');
	// CONTENT_DIR (the same content) gives this build an Astro cache of its own, so it never races
	// a build of dist/ running at the same time.
	const env = { ...buildEnv(), BASE_PATH: base, OUT_DIR: outDir, CONTENT_DIR: contentDir };
	try {
		await promisify(execFile)('npm', ['run', 'build'], { env, maxBuffer: 64 * 1024 * 1024 });
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		throw new Error(`The build for ${base} failed:\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-30).join('\n')}`);
	}
	site = await serveStatic(outDir, base);
	browser = await openBrowser();
});

/**
 * The environment without what Vitest adds to it (BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, VITEST…):
 * a build that inherits BASE_URL=/ writes links without the base.
 */
function buildEnv(): NodeJS.ProcessEnv {
	const vitestKeys = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*)$/;
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.test(key)));
}

afterAll(async () => {
	await browser?.close();
	await site?.close();
	if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** What a visit asked the server for, and every same-origin address the page points at. */
interface Visit {
	requests: { path: string; status: number | undefined }[];
	/** Same-origin href, src and action values. */
	links: string[];
	/** Those and the search bundle's folder. */
	addresses: string[];
}

/** Opens a tab, does `act`, and reports every request (with its status) and every address on the page. */
async function visit(act: (page: Page) => Promise<void>): Promise<Visit> {
	const page = await browser.context.newPage();
	const responses = new Map<string, number | undefined>();
	page.on('request', (request) => responses.set(request.url(), undefined));
	page.on('response', (response) => responses.set(response.url(), response.status()));
	try {
		await act(page);
		await page.waitForLoadState('networkidle');
		// Links and sources, then the search bundle's folder (an address scripts build on, not a page).
		const [links = [], bundles = []] = await page.evaluate(() =>
			[
				['href', 'src', 'action'],
				['data-bundle', 'bundle-path'],
			].map((names) =>
				names.flatMap((name) => [...document.querySelectorAll(`[${name}]`)].map((el) => new URL(el.getAttribute(name) ?? '', document.baseURI).href)),
			),
		);
		const onSite = (url: string) => new URL(url).origin === site.origin;
		return {
			requests: [...responses].map(([url, status]) => ({ path: new URL(url).pathname, status })),
			links: links.filter(onSite),
			addresses: [...links, ...bundles].filter(onSite),
		};
	} finally {
		await page.close();
	}
}

/** Clicks a link and returns the HTTP status of the page it opens. */
async function follow(page: Page, link: Locator): Promise<number> {
	const [response] = await Promise.all([page.waitForResponse((r) => r.request().isNavigationRequest()), link.click()]);
	return response.status();
}

/** Requests outside the base, and requests that did not get a successful answer. */
function problems({ requests }: Visit) {
	return {
		outsideBase: requests.filter((r) => !r.path.startsWith(base)),
		failed: requests.filter((r) => r.status === undefined || r.status >= 400),
	};
}

describe(`the site built for ${base}`, () => {
	const checked = new Set<string>();

	it.each(pageKinds)('%s page (%s): every request and every address stays under the base', async (_kind, path) => {
		const seen = await visit((page) => openPage(page, site.url(path)));
		expect(seen.requests.length).toBeGreaterThan(0);
		expect(problems(seen)).toEqual({ outsideBase: [], failed: [] });
		expect(seen.addresses.filter((url) => !new URL(url).pathname.startsWith(base))).toEqual([]);
		for (const url of seen.links) checked.add(url.replace(/#.*$/, ''));
	});

	it('every internal link and source found on those pages answers 200', async () => {
		expect(checked.size).toBeGreaterThan(50);
		const broken: string[] = [];
		for (const url of checked) {
			const response = await fetch(url, { method: 'HEAD', redirect: 'manual' });
			if (response.status !== 200) broken.push(`${response.status} ${new URL(url).pathname}`);
		}
		expect(broken).toEqual([]);
	});

	it('robots.txt points at the sitemap under the base, which lists pages under the base that answer 200', async () => {
		const text = async (path: string) => (await fetch(`${site.origin}${path}`)).text();
		expect(await text(`${base}robots.txt`)).toMatch(new RegExp(`\nSitemap: https?://[^/]+${base}sitemap-index\.xml\n`));
		const sitemaps = locsOf(await text(`${base}sitemap-index.xml`)).map((url) => new URL(url).pathname);
		const pages = (await Promise.all(sitemaps.map(text))).flatMap(locsOf).map((url) => new URL(url).pathname);
		expect(pages).toContain(base);
		expect(pages.length).toBeGreaterThan(Object.values(entries).flat().length);
		const broken: string[] = [];
		for (const path of pages) {
			const { status } = await fetch(`${site.origin}${path}`, { method: 'HEAD', redirect: 'manual' });
			if (status !== 200 || !path.startsWith(base)) broken.push(`${status} ${path}`);
		}
		expect(broken).toEqual([]);
	});

	it('the header search loads its index from under the base and links there', async () => {
		let links: string[] = [];
		const seen = await visit(async (page) => {
			await openPage(page, site.url('/'));
			await searchFromHeader(page, searchWord);
			links = await page.locator('.search-dropdown a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		});
		expect(seen.requests.some((r) => r.path.startsWith(`${base}pagefind/`))).toBe(true);
		expect(problems(seen)).toEqual({ outsideBase: [], failed: [] });
		expect(links.length).toBeGreaterThan(0);
		expect(links.filter((path) => !path.startsWith(base))).toEqual([]);
	});

	it("the letter's footnote reference jumps to the footnote, whose first link (a written question, a person…) opens its page", async () => {
		const page = await browser.context.newPage();
		try {
			await page.goto(site.url(letterPath));
			await page.locator('a[data-footnote-ref]').first().click();
			await page.waitForURL(/#user-content-fn-1$/);
			const footnote = page.locator('#user-content-fn-1');
			expect(await footnote.isVisible()).toBe(true);
			expect(await follow(page, footnote.locator(`a[href^="${base}"]:not([data-footnote-backref])`).first())).toBe(200);
			expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${base}[a-z]+/[a-z0-9-]+/$`));
			expect(await page.locator('h1').innerText()).not.toMatch(/not found/i);
		} finally {
			await page.close();
		}
	});

	it(`search for "${searchWord}" finds pages, and every result links under the base`, async () => {
		const page = await browser.context.newPage();
		try {
			await openPage(page, site.url(`/search/?q=${encodeURIComponent(searchWord)}`));
			const paths = await searchResults(page).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			expect(paths.length).toBeGreaterThan(0);
			expect(paths.filter((path) => !path.startsWith(base))).toEqual([]);
			expect(await follow(page, searchResults(page).first())).toBe(200);
		} finally {
			await page.close();
		}
	});
});
