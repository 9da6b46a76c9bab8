// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { remarkEntityLinks } from './src/plugins/remark-entity-links.ts';
import { rehypeParagraphPermalinks } from './src/plugins/rehype-paragraph-permalinks.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { atomicBuild } from './src/integrations/atomic-build.ts';
import { idsOf } from './src/lib/content-ids.ts';

/** Deploy under a sub-path with BASE_PATH=/brief/; the public origin with SITE_URL. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base,
	trailingSlash: 'always',
	outDir: process.env.OUT_DIR ?? './dist',
	markdown: {
		// Astro 7's default (Sätteri) runs no remark/rehype plugins: use unified so ours run.
		// GFM comes from our own remark-gfm, and SmartyPants stays off so the letter stays verbatim.
		processor: unified({
			gfm: false,
			smartypants: false,
			remarkPlugins: [remarkGfm, [remarkEntityLinks, { base, idsOf }]],
			rehypePlugins: [rehypeSlug, [rehypeParagraphPermalinks, { include: (path) => /[\\/]letters[\\/]/.test(path) }]],
			remarkRehype: { footnoteLabel: 'Footnotes', footnoteBackLabel: (i) => `Back to reference ${i + 1}` },
		}),
	},
	integrations: [pagefind(), atomicBuild()],
});
