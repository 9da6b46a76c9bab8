import { z } from 'zod';
import { isoDate, text, collectionNames, type ReferenceFactory } from './shared.ts';

/**
 * A correction to what this publication said, in `content/corrections.yaml`: when it was made, what
 * changed (in our words) and the pages it changed, by kind, e.g. `pages: { events: [pca-in-force-1999] }`.
 * Only real corrections of published facts; the About page lists them, newest first.
 */
const correctionSchema = (ref: ReferenceFactory) =>
	z.strictObject({
		/** The day the correction was published. */
		date: isoDate,
		/** What was wrong and what the pages say now, in one or two sentences. */
		change: text,
		/** The pages it changed, by collection: at least one. */
		pages: z
			.strictObject(
				Object.fromEntries(collectionNames.map((name) => [name, z.array(ref(name)).optional()])) as {
					[C in (typeof collectionNames)[number]]: z.ZodOptional<z.ZodArray<ReturnType<typeof ref<C>>>>;
				},
			)
			.refine((pages) => Object.values(pages).some((refs) => refs && refs.length > 0), {
				error: 'expected at least one page, e.g. `events: [an-event-id]`',
			}),
	});

/** The corrections file: a list, in any order (the page sorts it). */
export const correctionsSchema = (ref: ReferenceFactory) => z.array(correctionSchema(ref));

export type Correction = z.infer<ReturnType<typeof correctionSchema>>;
