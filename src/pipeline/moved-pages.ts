import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { collections, entryExtensions, pagePath, type CollectionName } from '../collections.ts';
import { parseEntryFile, type EntryFile } from './entry-file.ts';
import { readEntryFile } from './files.ts';
import { readMoved } from './moved-file.ts';

/** Where a page of one collection lives instead: `glossary/npm` → the organisation's page. */
export type OwnPages = Record<string, { collection: CollectionName; id: string }>;

/**
 * The glossary terms for things with a page of their own (`organization:` or `event:` in the file), read
 * from the files before the schemas run: links to such a term (`term:npm`) lead to that page, and the
 * term's old page only redirects there. Keys are `glossary/<id>`.
 */
export function ownPagesOfTerms(files: readonly EntryFile[]): OwnPages {
	const pages: OwnPages = {};
	for (const file of files) {
		if (file.collection !== 'glossary') continue;
		const data = (file.data ?? {}) as { organization?: unknown; event?: unknown };
		if (typeof data.organization === 'string') pages[`glossary/${file.id}`] = { collection: 'organizations', id: data.organization };
		else if (typeof data.event === 'string') pages[`glossary/${file.id}`] = { collection: 'events', id: data.event };
	}
	return pages;
}

/**
 * The pages that only lead elsewhere, for `astro.config.mjs`, whose sitemap lists pages, not redirects:
 * the glossary's terms with pages of their own and the addresses in `moved.yaml`; paths below the base,
 * e.g. `glossary/npm/`.
 */
export function movedPages(root: string): string[] {
	return [...termPages(root), ...readMoved(root).moved.map((entry) => `${entry.from}/`)];
}

function termPages(root: string): string[] {
	const dir = join(root, collections.glossary.route);
	if (!existsSync(dir)) return [];
	const files = readdirSync(dir)
		.filter((name) => entryExtensions('glossary').some((extension) => name.endsWith(extension)))
		.map((name) => readEntryFile('glossary', join(dir, name)))
		.flatMap((read) => ('error' in read ? [] : [parseEntryFile(read)]));
	return Object.keys(ownPagesOfTerms(files)).map((key) => pagePath('glossary', key.slice('glossary/'.length)));
}
