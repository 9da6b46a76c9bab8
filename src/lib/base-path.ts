/** The site's base path, set by astro.config.mjs for the pages; `/` where no build defines it (tests, scripts). */
declare const __SITE_BASE__: string | undefined;
/** The site's base path, always ending in `/` when the build defines it. */
export const siteBase = typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : '/';

/**
 * `brief`, `/brief` and `/brief/` all mean `/brief/`; an empty base means `/`. `astro.config.mjs` normalises
 * BASE_PATH once with it, so every other base in the code already starts and ends with `/`.
 */
export function normalizeBase(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Joins the site's base path (normalised: it ends in `/`) and a path without a leading slash. It imports
 * nothing, so browser scripts can use it without pulling the content registry (and Zod) into their bundle.
 */
export function withBase(path: string, base = siteBase): string {
	return `${base}${path.replace(/^\//, '')}`;
}
