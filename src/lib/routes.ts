import type { CollectionName } from '../schemas/shared.ts';

/** The site path of each collection's pages. Glossary terms live on the glossary page. */
export const collectionPaths: Record<Exclude<CollectionName, 'glossary'>, string> = {
	letters: 'letters',
	annotations: 'annotations',
	reports: 'reports',
	questions: 'questions',
	people: 'people',
	organizations: 'organizations',
	cases: 'cases',
	events: 'events',
	sources: 'sources',
};

/** Link schemes usable in Markdown, e.g. `[Andrzej Duda](person:andrzej-duda)`. */
export const linkSchemes: Record<string, keyof typeof collectionPaths> = {
	letter: 'letters',
	annotation: 'annotations',
	report: 'reports',
	question: 'questions',
	person: 'people',
	organization: 'organizations',
	case: 'cases',
	event: 'events',
	source: 'sources',
};

/** The site's base path, set by astro.config.mjs for the pages; `/` where no build defines it (tests, scripts). */
declare const __SITE_BASE__: string | undefined;
const siteBase = typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : '/';

/** Joins the site's base path (always ending in `/`) and a path without a leading slash. */
export function withBase(path: string, base = siteBase): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${prefix}${path.replace(/^\//, '')}`;
}

/** The URL of an entry's page, e.g. `/people/andrzej-duda/`. */
export function entryPath(collection: keyof typeof collectionPaths, id: string, base?: string): string {
	return withBase(`${collectionPaths[collection]}/${id}/`, base);
}

const schemePattern = new RegExp(`^(${Object.keys(linkSchemes).join('|')}):(.*)$`);

/** Reads an entity link such as `person:andrzej-duda`; anything else gives `undefined`. */
export function parseEntityLink(url: string): { collection: keyof typeof collectionPaths; id: string } | undefined {
	const match = schemePattern.exec(url);
	if (!match) return undefined;
	return { collection: linkSchemes[match[1]!]!, id: match[2]! };
}
