import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveSources, checkLink, checkSources, type ArchiveServices } from '../../scripts/lib/source-links.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

/**
 * `npm run sources` against a fake of the Internet Archive and of source sites, on 127.0.0.1: nothing here
 * reaches the internet. The fake answers as the real services do (the Availability API's JSON with `http://`
 * capture addresses; Save Page Now redirecting to the new capture).
 */
const captured = 'https://example.org/kept';
const requests: string[] = [];
let server: Server;
let origin = '';

beforeAll(async () => {
	server = createServer((request, response) => {
		const url = new URL(request.url!, origin);
		requests.push(url.pathname + url.search);
		if (url.pathname === '/wayback/available') {
			const asked = url.searchParams.get('url');
			const closest =
				asked === captured
					? { available: true, status: '200', timestamp: '20190312093000', url: `http://${url.host}/web/20190312093000/${asked}` }
					: undefined;
			response.setHeader('Content-Type', 'application/json');
			return void response.end(JSON.stringify({ url: asked, archived_snapshots: closest ? { closest } : {} }));
		}
		if (url.pathname.startsWith('/save/')) {
			response.writeHead(302, { Location: `/web/20261206110000/${url.pathname.slice('/save/'.length)}` });
			return void response.end();
		}
		if (url.pathname.startsWith('/web/')) return void response.end('a capture');
		if (url.pathname === '/live') return void response.end('here');
		if (url.pathname === '/moved') {
			response.writeHead(301, { Location: '/live' });
			return void response.end();
		}
		response.writeHead(404);
		response.end('gone');
	});
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const services = (): ArchiveServices => ({ availability: `${origin}/wayback/available`, save: `${origin}/save/`, saveDelay: 0 });

/** A content folder with source files, in a fresh temporary directory. */
async function contentWith(files: Record<string, string>): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), 'sources-'));
	await mkdir(join(root, 'sources'));
	for (const [name, text] of Object.entries(files)) await writeFile(join(root, 'sources', name), text);
	return root;
}

const source = (url: string, extra = '') =>
	`# An editor's comment, which must survive.\ntitle: "A source"\npublisher: Someone\ndate: "2019-03"\nurl: ${url}\nlanguage: en\nstatus: confirmed${extra}\n`;

describe('npm run sources -- --archive', () => {
	it('records the closest capture, or asks for one, writing only what the archive answered and keeping the file as it was', async () => {
		const root = await contentWith({
			'kept.yaml': source(captured),
			'new.yaml': source('https://example.org/new'),
			'done.yaml': source(
				'https://example.org/done',
				'\narchived:\n  url: https://web.archive.org/web/20200101000000/https://example.org/done\n  timestamp: "20200101000000"',
			),
		});
		try {
			const outcomes = await archiveSources(root, services());
			expect(outcomes.map((o) => o.result)).toEqual([
				expect.stringMatching(/^already archived/),
				expect.stringMatching(/^archived: /),
				expect.stringMatching(/^archived: /),
			]);
			const read = async (name: string) => readFile(join(root, 'sources', name), 'utf8');

			const kept = await read('kept.yaml');
			expect(kept.startsWith(source(captured).trimEnd())).toBe(true);
			const keptData = sourceSchema.parse(parse(kept));
			expect(keptData.archived).toEqual({
				url: `https://127.0.0.1:${new URL(origin).port}/web/20190312093000/${captured}`,
				timestamp: '20190312093000',
			});
			expect(requests).toContain(`/wayback/available?url=${encodeURIComponent(captured)}&timestamp=201903`);

			const made = sourceSchema.parse(parse(await read('new.yaml')));
			expect(made.archived).toEqual({
				url: `https://127.0.0.1:${new URL(origin).port}/web/20261206110000/https://example.org/new`,
				timestamp: '20261206110000',
			});
			expect(requests).toContain('/save/https://example.org/new');
			expect(requests, 'no capture requested for a source the archive holds').not.toContain(`/save/${captured}`);

			expect(await read('done.yaml')).toBe(
				source(
					'https://example.org/done',
					'\narchived:\n  url: https://web.archive.org/web/20200101000000/https://example.org/done\n  timestamp: "20200101000000"',
				),
			);
		} finally {
			await rm(root, { recursive: true });
		}
	});

	it('is the command `npm run sources -- --archive`, which takes the services from the environment', async () => {
		const root = await contentWith({ 'kept.yaml': source(captured) });
		try {
			const env = {
				...process.env,
				CONTENT_DIR: root,
				WAYBACK_AVAILABILITY_URL: `${origin}/wayback/available`,
				WAYBACK_SAVE_URL: `${origin}/save/`,
				WAYBACK_SAVE_DELAY_MS: '0',
			};
			const { stdout } = await promisify(execFile)(process.execPath, ['scripts/sources.ts', '--archive'], { env });
			expect(stdout).toContain('1 of 1 sources have an archived copy recorded.');
			expect(parse(await readFile(join(root, 'sources', 'kept.yaml'), 'utf8')).archived.timestamp).toBe('20190312093000');
		} finally {
			await rm(root, { recursive: true });
		}
	});

	it('records nothing when the archive neither holds nor makes a capture', async () => {
		const root = await contentWith({ 'x.yaml': source('https://example.org/x') });
		try {
			const failing = { ...services(), save: `${origin}/refused/` };
			const [outcome] = await archiveSources(root, failing);
			expect(outcome!.result).toMatch(/^no capture/);
			expect(await readFile(join(root, 'sources', 'x.yaml'), 'utf8')).toBe(source('https://example.org/x'));
		} finally {
			await rm(root, { recursive: true });
		}
	});
});

describe('npm run sources -- --check', () => {
	it('tells live, redirected and dead links apart, and a server that does not answer', async () => {
		expect(await checkLink(`${origin}/live`)).toEqual({ state: 'ok', status: 200 });
		expect(await checkLink(`${origin}/moved`)).toEqual({ state: 'redirected', status: 301, to: `${origin}/live` });
		expect(await checkLink(`${origin}/gone`)).toMatchObject({ state: 'dead', status: 404 });
		expect(await checkLink('http://127.0.0.1:1/')).toMatchObject({ state: 'dead' });
	});

	it('records the day a live link was checked, and only for live links', async () => {
		// The schema wants https sources; the files here name the fake's http links, as only the checker reads them.
		const root = await contentWith({ 'live.yaml': source(`${origin}/live`), 'gone.yaml': source(`${origin}/gone`) });
		try {
			const outcomes = await checkSources(root, () => {}, '2026-12-06');
			expect(outcomes.map((o) => [o.file.split('/').pop(), o.state])).toEqual([
				['gone.yaml', 'dead'],
				['live.yaml', 'ok'],
			]);
			expect(parse(await readFile(join(root, 'sources', 'live.yaml'), 'utf8')).checked).toBe('2026-12-06');
			expect(parse(await readFile(join(root, 'sources', 'gone.yaml'), 'utf8'))).not.toHaveProperty('checked');
		} finally {
			await rm(root, { recursive: true });
		}
	});
});
