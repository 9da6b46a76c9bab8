// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { markdownPlugins } from './src/markdown/processor.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { atomicBuild } from './src/integrations/atomic-build.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { contentRoot } from './src/content/root.ts';
import { readSiteConfig } from './src/content/site-config.ts';

/** Deploy under a sub-path with BASE_PATH=/brief/; the public origin with SITE_URL. */
const base = process.env.BASE_PATH ?? '/';

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

/**
 * Astro keeps loaded content in its cache folder between builds. Builds of other content folders
 * (test fixtures, the benchmark) get a cache of their own, so their entries never leak into the site.
 */
const cacheDir = process.env.CONTENT_DIR
	? `./node_modules/.astro/content-${process.env.CONTENT_DIR.replace(/[^a-z0-9]+/gi, '-')}`
	: './node_modules/.astro';

export default defineConfig({
	vite: {
		// The base path for links built in pages (src/lib/routes.ts). Not import.meta.env.BASE_URL: a BASE_URL
		// variable in the environment (vitest sets one, some CI systems too) would override it.
		define: {
			__SITE_BASE__: JSON.stringify(base.endsWith('/') ? base : `${base}/`),
			__SITE_CONFIG__: JSON.stringify(identity),
		},
		environments: {
			client: {
				build: {
					rolldownOptions: {
						output: {
							// Search's code in one file with a fixed name, which the header's tiny loader (scripts/header-search.ts)
							// imports by its address when a reader reaches for search: an import that Vite rewrites would bring
							// its 0.9 kB preload helper to every page.
							manualChunks: (id) => (/\/src\/(search\/|scripts\/(search-live|search-ui|search-page|header-dropdown|highlight))/.test(id) ? 'search-live' : undefined),
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
		// A strict policy on every page: only this site's own files; no inline scripts.
		// Pagefind needs WebAssembly ('wasm-unsafe-eval') and its icons are data: images.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	integrations: [
		siteAddress(address),
		// sitemap-index.xml and sitemap-0.xml: every page but 404, at `site` + `base`, with its trailing slash.
		// Pages only, so none of the news, image, video or alternate-language namespaces.
		sitemap({ namespaces: { news: false, xhtml: false, image: false, video: false } }),
		pagefind(),
		atomicBuild(),
	],
});
