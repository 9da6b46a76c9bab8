/** The content folder of the publication, relative to the project root. */
const defaultContentRoot = 'content';

/** Where the content lives: read from CONTENT_DIR here only, as tests and the benchmark build other folders. */
export const contentRoot = process.env.CONTENT_DIR ?? defaultContentRoot;

/**
 * Astro's cache folder for a content folder, relative to the project root. Astro keeps loaded content
 * there between builds; builds of other content folders (test fixtures, the benchmark) get a cache of
 * their own, so their entries never leak into the site.
 */
export const cacheDirOf = (root: string): string =>
	root === defaultContentRoot ? 'node_modules/.astro' : `node_modules/.astro/content-${root.replace(/[^a-z0-9]+/gi, '-')}`;

/** Where the content pipeline leaves each Markdown body (as written, as HTML, as text) for the pages that show it. */
export const bodiesDirOf = (cacheDir: string): string => `${cacheDir}/bodies`;
