import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { basePath, distDir } from '../site.ts';
import { candidates, findChromium } from './ensure-chromium.mjs';

/** Chromium without anything that phones home; the profile is a fresh temporary folder each time. */
const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

const mimeTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
};

/** The MIME type a static host would send; Pagefind's `.pf_*` chunks are opaque bytes. */
export function mimeTypeOf(path: string): string {
	const ext = extname(path).toLowerCase();
	return mimeTypes[ext] ?? 'application/octet-stream';
}

/** A running static server for `dist/`. */
export interface StaticSite {
	/** The absolute URL of a site path given without the base, e.g. `url('/letters/x/')`. */
	url(path?: string): string;
	/** The origin, e.g. `http://127.0.0.1:41234`. */
	origin: string;
	close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
	return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

async function isDirectory(path: string): Promise<boolean> {
	return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * Serves `root` under `base` on 127.0.0.1 at an ephemeral port, as a static host does: a folder
 * gives its `index.html`, a folder without its trailing slash redirects, and a miss gets the
 * site's `404.html` (or a plain text 404) with status 404.
 */
export async function serveStatic(root = distDir, base = basePath): Promise<StaticSite> {
	if (!existsSync(root)) {
		throw new Error(`${root} does not exist: run \`npm run build\` before the browser tests.`);
	}
	const notFound = async (res: ServerResponse) => {
		const page = join(root, '404.html');
		res.statusCode = 404;
		if (await isFile(page)) {
			res.setHeader('Content-Type', mimeTypeOf(page));
			createReadStream(page).pipe(res);
		} else {
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end('404 Not Found');
		}
	};
	const server: Server = createServer(async (req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.statusCode = 405;
			res.end();
			return;
		}
		if (!`${pathname}/`.startsWith(base)) return notFound(res);
		let relative: string;
		try {
			relative = decodeURIComponent(pathname.slice(base.length - 1));
		} catch {
			return notFound(res);
		}
		const file = normalize(join(root, relative));
		if (file !== root && !file.startsWith(root + sep)) return notFound(res);
		let target = file;
		if (await isDirectory(file)) {
			if (!pathname.endsWith('/')) {
				res.statusCode = 301;
				res.setHeader('Location', `${pathname}/`);
				res.end();
				return;
			}
			target = join(file, 'index.html');
		}
		if (!(await isFile(target))) return notFound(res);
		res.statusCode = 200;
		res.setHeader('Content-Type', mimeTypeOf(target));
		res.setHeader('Cache-Control', 'no-store');
		if (req.method === 'HEAD') {
			res.end();
			return;
		}
		createReadStream(target).pipe(res);
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', done);
	});
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		url: (path = '/') => `${origin}${base}${path.replace(/^\//, '')}`,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}

/** A browser context with its own fresh profile; `close()` also removes the profile. */
export interface BrowserSession {
	context: BrowserContext;
	close(): Promise<void>;
}

/**
 * Launches Debian's Chromium (see `ensure-chromium.mjs`) with a fresh profile. Requests that would
 * leave this machine are aborted, so a page that needs the network fails here too.
 */
export async function openBrowser(options: BrowserContextOptions = {}): Promise<BrowserSession> {
	const executablePath = findChromium();
	if (!executablePath) {
		throw new Error(`No Chromium at ${candidates.join(', ')}: run \`node tests/e2e/ensure-chromium.mjs\` first.`);
	}
	const profile = await mkdtemp(join(tmpdir(), 'odf-e2e-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		args: chromiumArgs,
		...options,
	});
	await context.route(
		(url) => url.hostname !== '127.0.0.1',
		(route) => route.abort('blockedbyclient'),
	);
	return {
		context,
		close: async () => {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		},
	};
}

/** What a browser test file works with: the served site and a browser with its own profile. */
export interface SiteUnderTest {
	site: StaticSite;
	browser: BrowserSession;
}

/**
 * Serves `dist/` and opens a browser for the test file (both closed after it), so each file
 * states only how its browser differs, e.g. `{ javaScriptEnabled: false }`.
 */
export function useSiteInBrowser(options: BrowserContextOptions = {}): SiteUnderTest {
	const state = {} as SiteUnderTest;
	beforeAll(async () => {
		state.site = await serveStatic();
		state.browser = await openBrowser(options);
	});
	afterAll(async () => {
		await state.browser?.close();
		await state.site?.close();
	});
	return state;
}
