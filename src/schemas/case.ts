import { z } from 'zod';
import { text, type ReferenceFactory } from './shared.ts';

/** A human-rights case the letter names. The Markdown body tells it, with footnotes to sources. */
export const caseSchema = (ref: ReferenceFactory) =>
	z.strictObject({
		/** Name of the case, e.g. `The case of Maksat Dosmagambetov`. */
		title: text,
		/** One line for lists and search results. */
		summary: text,
		/** The people the case concerns. */
		people: z.array(ref('people')).min(1, 'expected the person or people the case concerns'),
		/** Events the case belongs to. */
		events: z.array(ref('events')).default([]),
		/** Sources for the page. */
		sources: z.array(ref('sources')).min(1, 'expected at least one source'),
	});
