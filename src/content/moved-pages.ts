import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { collections, entryExtensions, pagePath } from '../collections.ts';
import { parseEntryFile } from './entry-file.ts';
import { readEntryFile } from './files.ts';

/**
 * The pages that only lead elsewhere: a glossary term for something with its own page (`organization:` or
 * `event:`) keeps its old address as a redirect. Read from the files as the loader reads them, for
 * `astro.config.mjs`, whose sitemap lists pages, not redirects. Paths below the base, e.g. `glossary/npm/`.
 */
export function movedPages(root: string): string[] {
	const dir = join(root, collections.glossary.route);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => entryExtensions('glossary').some((extension) => name.endsWith(extension)))
		.map((name) => readEntryFile('glossary', join(dir, name)))
		.flatMap((read) => ('error' in read ? [] : [parseEntryFile(read)]))
		.filter((file) => {
			const data = file.data as { organization?: unknown; event?: unknown } | undefined;
			return data?.organization !== undefined || data?.event !== undefined;
		})
		.map((file) => pagePath('glossary', file.id));
}
