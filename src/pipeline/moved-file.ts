import { join } from 'node:path';
import { collectionNames, collections, type CollectionName } from '../collections.ts';
import { movedPagesSchema, type MovedPage } from '../schemas/moved.ts';
import type { ContentError } from './errors.ts';
import { movedFileName } from './files.ts';
import { checkedReference } from './reference.ts';
import { readCheckedYaml } from './site-config.ts';

/**
 * Reads and checks renamed entries' old addresses (`<content>/moved.yaml`; none without the file); with `idsOf`, the pages they lead to must exist and an old address
 * must not be a page still (a redirect would hide it).
 */
export function readMoved(root: string, idsOf?: (collection: CollectionName) => ReadonlySet<string>): { moved: MovedPage[]; errors: ContentError[] } {
	const path = join(root, movedFileName);
	const read = readCheckedYaml(path, movedPagesSchema(checkedReference(idsOf)));
	const moved = read.data ?? [];
	const errors = [...read.errors];
	if (idsOf) {
		moved.forEach((entry, i) => {
			const [folder, id] = entry.from.split('/') as [string, string];
			const collection = collectionNames.find((name) => collections[name].route === folder);
			if (collection && idsOf(collection).has(id)) {
				errors.push({
					file: path,
					line: read.lineOf?.([i, 'from']) ?? 1,
					field: `${i}.from`,
					message: `${entry.from} is still a page; expected the address of one that went away`,
				});
			}
		});
	}
	return { moved, errors };
}

/** Where a moved page leads: its one entry. */
export function targetOf(entry: MovedPage): { collection: CollectionName; id: string } {
	return Object.values(entry.to).find(Boolean)!;
}
