import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../tools/static-server.ts';
import { normalizeBase } from '../../src/lib/base-path.ts';

/** The browser tests and the benchmark trust this server to behave like a static host; check that it does. */
describe('the static server of the browser tests and the benchmark', () => {
	let root: string;
	let site: StaticSite;
	let briefSite: StaticSite;

	/** A small built site: pages, the 404 page, Pagefind's bundle. */
	const files: Record<string, string> = {
		'index.html': '<h1>Home</h1>',
		'404.html': '<h1>Not here</h1>',
		'people/jane-doe/index.html': '<h1>Jane Doe</h1>',
		'pagefind/pagefind.js': 'export {}',
		'pagefind/pagefind-component-ui.css': 'a{}',
		'pagefind/pagefind-entry.json': '{}',
		'pagefind/wasm.en.pagefind': 'bytes',
		'pagefind/pagefind.en_1234.pf_meta': 'bytes',
		'pagefind/index/en_1234.pf_index': 'bytes',
		'pagefind/fragment/en_1234.pf_fragment': 'bytes',
		'pagefind/filter/en_1234.pf_filter': 'bytes',
		'x.wasm': 'bytes',
		'sitemap-index.xml': '<sitemapindex/>',
		'robots.txt': 'User-agent: *',
	};

	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'odf-static-'));
		for (const [path, text] of Object.entries(files)) {
			await mkdir(join(root, dirname(path)), { recursive: true });
			await writeFile(join(root, path), text);
		}
		site = await serveStatic(root, '/');
		briefSite = await serveStatic(root, '/brief/');
	});

	afterAll(async () => {
		await site.close();
		await briefSite.close();
		await rm(root, { recursive: true, force: true });
	});

	it('listens on 127.0.0.1 at an ephemeral port', () => {
		expect(site.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(site.origin).not.toBe(briefSite.origin);
	});

	it('serves a folder as its index.html, as HTML, never to be cached', async () => {
		const response = await fetch(site.url('/people/jane-doe/'));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/html/);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(await response.text()).toBe('<h1>Jane Doe</h1>');
	});

	it('adds no Content-Security-Policy header: the pages carry their policy in a meta tag', async () => {
		expect((await fetch(site.url('/'))).headers.get('content-security-policy')).toBeNull();
	});

	it('redirects a folder without its trailing slash, the base included', async () => {
		const response = await fetch(site.url('/people/jane-doe'), { redirect: 'manual' });
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe('/people/jane-doe/');
		const home = await fetch(`${briefSite.origin}/brief`, { redirect: 'manual' });
		expect(home.status).toBe(301);
		expect(home.headers.get('location')).toBe('/brief/');
	});

	it('answers a miss with the site 404 page and status 404', async () => {
		for (const path of ['/people/nobody/', '/people/nobody', '/missing.js']) {
			const response = await fetch(site.url(path));
			expect(response.status, path).toBe(404);
			expect(response.headers.get('content-type')).toMatch(/^text\/html/);
			expect(await response.text()).toBe('<h1>Not here</h1>');
		}
	});

	it('does not serve files outside the root', async () => {
		for (const path of ['/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd', '/%2e%2e%2f']) {
			const response = await fetch(`${site.origin}${path}`, { redirect: 'manual' });
			expect(response.status, path).toBe(404);
		}
	});

	it('serves the site under a base path, and nothing outside it', async () => {
		expect(briefSite.url('/people/jane-doe/')).toBe(`${briefSite.origin}/brief/people/jane-doe/`);
		expect((await fetch(briefSite.url('/people/jane-doe/'))).status).toBe(200);
		expect((await fetch(briefSite.url('/'))).status).toBe(200);
		expect((await fetch(`${briefSite.origin}/people/jane-doe/`)).status).toBe(404);
		expect((await fetch(`${briefSite.origin}/briefing/`)).status).toBe(404);
		expect((await fetch(briefSite.url('/pagefind/pagefind.js'))).headers.get('content-type')).toMatch(/^text\/javascript/);
	});

	it('answers HEAD as GET, without a body', async () => {
		const response = await fetch(site.url('/people/jane-doe/'), { method: 'HEAD' });
		expect(response.status).toBe(200);
		expect(await response.text()).toBe('');
	});

	it.each([
		['pagefind/pagefind.js', /^text\/javascript/],
		['pagefind/pagefind-component-ui.css', /^text\/css/],
		['pagefind/pagefind-entry.json', /^application\/json/],
		['pagefind/wasm.en.pagefind', /^application\/octet-stream$/],
		['pagefind/pagefind.en_1234.pf_meta', /^application\/octet-stream$/],
		['pagefind/index/en_1234.pf_index', /^application\/octet-stream$/],
		['pagefind/fragment/en_1234.pf_fragment', /^application\/octet-stream$/],
		['pagefind/filter/en_1234.pf_filter', /^application\/octet-stream$/],
		['x.wasm', /^application\/wasm$/],
		['index.html', /^text\/html/],
		['sitemap-index.xml', /xml/],
		['robots.txt', /^text\/plain/],
	])('sends %s as %s', async (path, type) => {
		const response = await fetch(site.url(path));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(type);
	});

	it.each([
		['/', '/'],
		['', '/'],
		['/brief/', '/brief/'],
		['/brief', '/brief/'],
		['brief', '/brief/'],
	])('reads the base %j as %j', (given, expected) => {
		expect(normalizeBase(given)).toBe(expected);
	});
});
