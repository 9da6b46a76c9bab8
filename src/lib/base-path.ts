/** The site's base path, set by astro.config.mjs for the pages; `/` where no build defines it (tests, scripts). */
declare const __SITE_BASE__: string | undefined;
/** The site's base path, always ending in `/` when the build defines it. */
export const siteBase = typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : '/';

/**
 * Joins the site's base path (always ending in `/`) and a path without a leading slash. It imports
 * nothing, so browser scripts can use it without pulling the content registry (and Zod) into their bundle.
 */
export function withBase(path: string, base = siteBase): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${prefix}${path.replace(/^\//, '')}`;
}
