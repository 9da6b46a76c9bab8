// @ts-check
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { markdownPlugins } from './src/markdown/processor.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { atomicBuild } from './src/integrations/atomic-build.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { bodiesDirOf, cacheDirOf, contentRoot } from './src/pipeline/root.ts';
import { normalizeBase } from './src/lib/base-path.ts';
import { readSiteConfig } from './src/pipeline/site-config.ts';
import { movedPages } from './src/pipeline/moved-pages.ts';
import { readCorrections } from './src/pipeline/corrections-file.ts';
import { readMoved } from './src/pipeline/moved-file.ts';

/** Deploy under a sub-path with BASE_PATH=/brief/; the public origin with SITE_URL. Normalised here, once. */
const base = normalizeBase(process.env.BASE_PATH ?? '/');

/**
 * The publication's identity (content/site.yaml). When it is not valid the content pipeline stops the
 * build with the file's errors; until then, placeholders keep this file from failing first.
 */
const identity = readSiteConfig(contentRoot).config ?? {
	name: '(site.yaml is not valid)',
	shortName: '(site.yaml)',
	publisher: '(site.yaml is not valid)',
	description: '',
};
/** The site's public address: SITE_URL, else site.yaml's `url`; a build without either is for local preview only. */
const address = process.env.SITE_URL ?? identity.url;

/** Astro keeps loaded content in its cache folder between builds, one per content folder (src/pipeline/root.ts). */
const cacheDir = cacheDirOf(contentRoot);

/** The addresses that only redirect, e.g. `/glossary/npm/`. */
const moved = new Set(movedPages(contentRoot).map((path) => `${base.endsWith('/') ? base : `${base}/`}${path}`));

export default defineConfig({
	vite: {
		// The base path for links built in pages (src/lib/routes.ts). Not import.meta.env.BASE_URL: a BASE_URL
		// variable in the environment (vitest sets one, some CI systems too) would override it.
		define: {
			__SITE_BASE__: JSON.stringify(base),
			__SITE_CONFIG__: JSON.stringify(identity),
			// The corrections for the About page; the content pipeline checks the file and stops the build on errors.
			__CORRECTIONS__: JSON.stringify(readCorrections(contentRoot).corrections),
			// The addresses that went away (content/moved.yaml), each built as a redirect to where its page is now.
			__MOVED__: JSON.stringify(readMoved(contentRoot).moved),
			// Where the content loader leaves each Markdown body for the pages that show it (src/pipeline/astro-loader.ts).
			__BODIES_DIR__: JSON.stringify(resolve(bodiesDirOf(cacheDir))),
		},
		environments: {
			client: {
				build: {
					rolldownOptions: {
						output: {
							// Search's code in one file with a fixed name, which the header's tiny loader (scripts/header-search.ts)
							// imports by its address when a reader reaches for search: an import that Vite rewrites would bring
							// its 0.9 kB preload helper to every page.
							manualChunks: (id) =>
								/\/src\/(search\/|scripts\/(search-live|search-ui|search-page|header-dropdown|highlight))/.test(id) ? 'search-live' : undefined,
							chunkFileNames: (chunk) => (chunk.name === 'search-live' ? '_astro/search-live.js' : '_astro/[name].[hash].js'),
						},
					},
				},
			},
		},
	},
	site: address ?? 'http://localhost:4321',
	base,
	trailingSlash: 'always',
	// Pages wait on their file writes: rendering a few at a time keeps the process busy (1,000 reports: 9 s → 6 s).
	build: { concurrency: 4 },
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir,
	markdown: {
		// No code blocks here, and Shiki's inline styles would break the Content-Security-Policy.
		syntaxHighlight: false,
		// Content is rendered by the content loader with this same pipeline (src/markdown/processor.ts); Astro's own
		// Markdown rendering, should anything use it, gets the same plugins. Astro 7's default (Sätteri) runs none.
		// GFM comes from our own remark-gfm, and SmartyPants stays off so the letter stays verbatim.
		processor: unified({
			gfm: false,
			smartypants: false,
			// Entity links were checked against the entries by the loader, before anything rendered.
			...markdownPlugins({ base }),
		}),
	},
	security: {
		// A strict policy on every page: only this site's own files, and inline code only by its hash (src/middleware.ts).
		// `default-src` covers images, fetches and workers; listed beside it are what is stricter (`object-src`)
		// and what does not fall back to it (`base-uri`, `form-action`). No data: images since search draws its own results.
		// Pagefind needs WebAssembly ('wasm-unsafe-eval').
		csp: {
			directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	integrations: [
		siteAddress(address),
		// sitemap-index.xml and sitemap-0.xml: every page but 404, at `site` + `base`, with its trailing slash.
		// Pages only, so none of the news, image, video or alternate-language namespaces.
		// Redirect pages (a glossary term whose thing has its own page) are not pages of their own.
		sitemap({ namespaces: { news: false, xhtml: false, image: false, video: false }, filter: (page) => !moved.has(new URL(page).pathname) }),
		pagefind(),
		atomicBuild(),
	],
});
