import { z } from 'zod';
import { collectionNames, type ReferenceFactory } from './shared.ts';

/**
 * An address that went away (an entry renamed), in `content/moved.yaml`, and the page that has its content
 * now: the old address keeps working as a redirect, e.g. `{ from: sources/old-id, to: { sources: new-id } }`.
 */
const movedPageSchema = (ref: ReferenceFactory) =>
	z.strictObject({
		/** The old page, as `<folder>/<id>` below the site's base. */
		from: z.string().regex(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected the old page as <folder>/<id>, e.g. "sources/an-old-id"'),
		/** Where it is now: one entry, by collection. */
		to: z
			.strictObject(
				Object.fromEntries(collectionNames.map((name) => [name, ref(name).optional()])) as {
					[C in (typeof collectionNames)[number]]: z.ZodOptional<ReturnType<typeof ref<C>>>;
				},
			)
			.refine((to) => Object.values(to).filter(Boolean).length === 1, { error: 'expected exactly one page, e.g. `{ sources: the-new-id }`' }),
	});

/** The moved file: a list. */
export const movedPagesSchema = (ref: ReferenceFactory) => z.array(movedPageSchema(ref));

export type MovedPage = z.infer<ReturnType<typeof movedPageSchema>>;
