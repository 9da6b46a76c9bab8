import { z } from 'zod';
import { unknownIdMessage } from '../lib/unknown-id.ts';
import type { CollectionName, ReferenceFactory } from './shared.ts';

type BaseReference = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }>;

/**
 * Wraps a reference schema so that a reference to an id that does not exist fails with a message
 * that names the id and suggests the closest known ones. Astro's `reference()` alone only checks the shape.
 */
export function checkedReference(base: BaseReference, idsOf: (collection: CollectionName) => Set<string>): ReferenceFactory {
	return <C extends CollectionName>(collection: C) =>
		base(collection).superRefine((value, ctx) => {
			const known = idsOf(collection);
			if (!known.has(value.id)) {
				ctx.addIssue({
					code: 'custom',
					message: unknownIdMessage(value.id, collection, known),
				});
			}
		}) as unknown as z.ZodType<{ id: string; collection: C }>;
}

/** A stand-in for Astro's `reference()` with the same output shape, for tests and scripts. */
export const plainReference: BaseReference = (collection) =>
	z.string().transform((id) => ({ id, collection }));
