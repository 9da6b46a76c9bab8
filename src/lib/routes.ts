import { pagePath, type CollectionName } from '../collections.ts';

/** The site's base path, set by astro.config.mjs for the pages; `/` where no build defines it (tests, scripts). */
declare const __SITE_BASE__: string | undefined;
const siteBase = typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : '/';

/** Joins the site's base path (always ending in `/`) and a path without a leading slash. */
export function withBase(path: string, base = siteBase): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${prefix}${path.replace(/^\//, '')}`;
}

/** The URL of an entry's page, e.g. `/people/andrzej-duda/`. */
export function entryPath(collection: CollectionName, id: string, base?: string): string {
	return withBase(pagePath(collection, id), base);
}
