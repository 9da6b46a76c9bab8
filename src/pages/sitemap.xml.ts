import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { collectionNames, collections } from '../collections.ts';
import { entryPath, withBase } from '../lib/routes.ts';

/** Pages that are not entries of a collection. */
const staticPages = ['', 'search/', 'timeline/', ...collectionNames.map((name) => `${collections[name].route}/`)];

/** `/sitemap.xml`: every page, for search engines and archives. */
export const GET: APIRoute = async ({ site }) => {
	const paths = [...staticPages.map((path) => withBase(path))];
	for (const collection of collectionNames) {
		for (const entry of await getCollection(collection)) paths.push(entryPath(collection, entry.id));
	}
	const urls = paths.map((path) => `  <url><loc>${new URL(path, site).href}</loc></url>`).join('\n');
	const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
