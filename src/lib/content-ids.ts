import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { entryFilePattern, type CollectionName } from '../schemas/shared.ts';

/** Where the content lives, relative to the project root (the working directory of every command). */
export const contentRoot = process.env.CONTENT_DIR ?? 'content';

const cache = new Map<string, Set<string>>();

/**
 * The ids of a collection, read from its file names: the glob loader derives ids the same way,
 * so a reference can be checked before Astro has loaded the other collection.
 */
export function idsOf(collection: CollectionName, root = contentRoot): Set<string> {
	const key = join(root, collection);
	let ids = cache.get(key);
	if (!ids) {
		// A collection with no entries yet may have no folder at all (git keeps no empty folders).
		ids = new Set(
			(existsSync(key) ? readdirSync(key, { withFileTypes: true }) : [])
				.filter((entry) => entry.isFile() && entryFilePattern(collection).test(entry.name))
				.map((entry) => basename(entry.name, extname(entry.name))),
		);
		cache.set(key, ids);
	}
	return ids;
}
