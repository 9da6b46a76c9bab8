import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeTypeOf, serveStatic, type StaticSite } from '../e2e/browser.ts';
import { normalizeBase } from '../site.ts';

/** The browser tests trust this server to behave like a static host; check that it does. */
describe('the static server of the browser tests', () => {
	let root: string;
	let site: StaticSite;
	let briefSite: StaticSite;

	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'odf-static-'));
		await mkdir(join(root, 'people/andrzej-duda'), { recursive: true });
		await mkdir(join(root, 'pagefind'), { recursive: true });
		await writeFile(join(root, 'index.html'), '<h1>Home</h1>');
		await writeFile(join(root, '404.html'), '<h1>Not here</h1>');
		await writeFile(join(root, 'people/andrzej-duda/index.html'), '<h1>Andrzej Duda</h1>');
		await writeFile(join(root, 'pagefind/pagefind.js'), 'export {}');
		await writeFile(join(root, 'pagefind/wasm.en.pagefind'), 'bytes');
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

	it('serves a folder as its index.html, as HTML', async () => {
		const response = await fetch(site.url('/people/andrzej-duda/'));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/html/);
		expect(await response.text()).toBe('<h1>Andrzej Duda</h1>');
	});

	it('redirects a folder without its trailing slash', async () => {
		const response = await fetch(site.url('/people/andrzej-duda'), { redirect: 'manual' });
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe('/people/andrzej-duda/');
	});

	it('answers a miss with the site 404 page and status 404', async () => {
		const response = await fetch(site.url('/people/nobody/'));
		expect(response.status).toBe(404);
		expect(await response.text()).toBe('<h1>Not here</h1>');
	});

	it('does not serve files outside the root', async () => {
		const response = await fetch(`${site.origin}/%2e%2e/%2e%2e/etc/passwd`);
		expect(response.status).toBe(404);
	});

	it('serves the site under a base path, and nothing outside it', async () => {
		expect(briefSite.url('/people/andrzej-duda/')).toBe(`${briefSite.origin}/brief/people/andrzej-duda/`);
		expect((await fetch(briefSite.url('/people/andrzej-duda/'))).status).toBe(200);
		expect((await fetch(`${briefSite.origin}/people/andrzej-duda/`)).status).toBe(404);
		expect((await fetch(briefSite.url('/pagefind/pagefind.js'))).headers.get('content-type')).toMatch(/^text\/javascript/);
	});

	it.each([
		['pagefind/pagefind.js', /^text\/javascript/],
		['pagefind/pagefind-component-ui.css', /^text\/css/],
		['pagefind/pagefind-entry.json', /^application\/json/],
		['pagefind/wasm.unknown.pagefind', /^application\/octet-stream$/],
		['pagefind/pagefind.en_1234.pf_meta', /^application\/octet-stream$/],
		['pagefind/index/en_1234.pf_index', /^application\/octet-stream$/],
		['pagefind/fragment/en_1234.pf_fragment', /^application\/octet-stream$/],
		['x.wasm', /^application\/wasm$/],
		['index.html', /^text\/html/],
	])('sends %s as %s', (path, type) => {
		expect(mimeTypeOf(path)).toMatch(type);
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
