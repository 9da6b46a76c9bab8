import type { APIRoute } from 'astro';
import { withBase } from '../lib/routes.ts';

/** `/robots.txt`: everything may be crawled; the sitemap index is written by @astrojs/sitemap (astro.config.mjs). */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('sitemap-index.xml'), site).href}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
