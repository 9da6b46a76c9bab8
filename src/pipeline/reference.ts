import { z } from 'zod';
import type { CollectionName, ReferenceFactory } from '../schemas/shared.ts';
import { unknownIdMessage } from './unknown-id.ts';

/**
 * References as the checks see them: an id, read into `{ id, collection }` (the shape Astro's `reference()`
 * gives pages), that fails with the closest known ids when no entry has it. Without `idsOf`, before the
 * entries are known, any id is read and none is checked.
 */
export function checkedReference(idsOf?: (collection: CollectionName) => ReadonlySet<string>): ReferenceFactory {
	return <C extends CollectionName>(collection: C) =>
		z.string().transform((id, ctx) => {
			const known = idsOf?.(collection);
			if (known && !known.has(id)) ctx.addIssue({ code: 'custom', message: unknownIdMessage(id, collection, known) });
			return { id, collection };
		});
}
