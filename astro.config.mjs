// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import rehypeSanitize from 'rehype-sanitize';
import { remarkEntityLinks } from './src/plugins/remark-entity-links.ts';
import { rehypeParagraphPermalinks } from './src/plugins/rehype-paragraph-permalinks.ts';
import { sanitizeSchema } from './src/plugins/sanitize-schema.ts';
import { rehypeExternalLinks } from './src/plugins/rehype-external-links.ts';
import { rehypeFootnoteBackrefs } from './src/plugins/rehype-footnote-backrefs.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { atomicBuild } from './src/integrations/atomic-build.ts';
import { idsOf } from './src/lib/content-ids.ts';
import { documentTypes } from './src/lib/document-types.ts';

/** Deploy under a sub-path with BASE_PATH=/brief/; the public origin with SITE_URL. */
const base = process.env.BASE_PATH ?? '/';

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
		define: { __SITE_BASE__: JSON.stringify(base.endsWith('/') ? base : `${base}/`) },
	},
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base,
	trailingSlash: 'always',
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir,
	markdown: {
		// No code blocks here, and Shiki's inline styles would break the Content-Security-Policy.
		syntaxHighlight: false,
		// Astro 7's default (Sätteri) runs no remark/rehype plugins: use unified so ours run.
		// GFM comes from our own remark-gfm, and SmartyPants stays off so the letter stays verbatim.
		processor: unified({
			gfm: false,
			smartypants: false,
			remarkPlugins: [remarkGfm, [remarkEntityLinks, { base, idsOf, typeNames: documentTypes }]],
			// Sanitise first: it sees only what Markdown produced, before our own plugins add markup.
			rehypePlugins: [
				[rehypeSanitize, sanitizeSchema],
				rehypeSlug,
				rehypeExternalLinks,
				rehypeFootnoteBackrefs,
				[rehypeParagraphPermalinks, { include: (/** @type {string} */ path) => /[\\/]letters[\\/]/.test(path) }],
			],
			remarkRehype: { footnoteLabel: 'Footnotes', footnoteBackLabel: (/** @type {number} */ i, /** @type {number} */ repeat) => `Back to reference ${i + 1}${repeat > 1 ? `-${repeat}` : ''}` },
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
	integrations: [pagefind(), atomicBuild()],
});
