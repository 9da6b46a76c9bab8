import { createReadStream, existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve, sep } from 'node:path';
import sirv from 'sirv';

/** A running static server for a built site. */
export interface StaticSite {
	/** The absolute URL of a site path given without the base, e.g. `url('/letters/x/')`. */
	url(path?: string): string;
	/** The origin, e.g. `http://127.0.0.1:41234`. */
	origin: string;
	close(): Promise<void>;
}

/** Pagefind's index chunks and WebAssembly (`.pf_meta`, `wasm.en.pagefind` …) have no type of their own: hosts send bytes. */
const opaque = /\.(?:pf_[a-z]+|pagefind)$/;
/** BibTeX (a page's `citation.bib`) is missing from sirv's table of types; hosts map it as their configuration says. */
const bibtex = /\.bib$/;

/**
 * Serves the built site in `root` under `base` on 127.0.0.1 at an ephemeral port, as a static host does.
 * sirv serves the files (a folder gives its `index.html`); around it, what a host adds: a folder asked
 * for without its trailing slash redirects (so a link that forgets it shows in the tests), anything
 * else gets the site's `404.html` with status 404. The headers are a host's: each file's type and
 * length, and `no-store`, so each page load fetches all it uses (the benchmark counts first views).
 * No Content-Security-Policy header: the site carries its policy in a meta tag of every page.
 * Not Astro's preview(): it answers a path without its trailing slash with a 404 of its own, not a redirect.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
	const dir = resolve(root);
	if (!existsSync(dir)) throw new Error(`${dir} does not exist: build the site first (npm run build).`);
	const files = sirv(dir, {
		setHeaders: (res, pathname) => {
			res.setHeader('Cache-Control', 'no-store');
			if (opaque.test(pathname)) res.setHeader('Content-Type', 'application/octet-stream');
			if (bibtex.test(pathname)) res.setHeader('Content-Type', 'application/x-bibtex; charset=utf-8');
		},
	});
	const notFound = (res: ServerResponse): void => {
		const page = join(dir, '404.html');
		res.statusCode = 404;
		res.setHeader('Cache-Control', 'no-store');
		if (existsSync(page)) {
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			createReadStream(page).pipe(res);
		} else {
			res.end('404 Not Found');
		}
	};
	/** Whether a path below the base is a page's folder asked for without its trailing slash. */
	const isFolderWithoutSlash = (path: string) => {
		if (path.endsWith('/')) return false;
		let folder: string;
		try {
			folder = normalize(join(dir, decodeURIComponent(path)));
		} catch {
			return false;
		}
		return (folder === dir || folder.startsWith(dir + sep)) && existsSync(join(folder, 'index.html'));
	};
	const server = createServer((req, res) => {
		const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
		const path = pathname.slice(base.length - 1);
		if (!`${pathname}/`.startsWith(base)) {
			notFound(res);
		} else if (isFolderWithoutSlash(path)) {
			res.writeHead(301, { Location: `${pathname}/${search}` }).end();
		} else {
			req.url = `${path || '/'}${search}`;
			files(req, res, () => notFound(res));
		}
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', done);
	});
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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
