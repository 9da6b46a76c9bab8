import { z } from 'zod';
import { httpsUrl, partialDate, text, type ReferenceFactory } from './shared.ts';

/**
 * An attachment summary: our summary, in our own words, of a document attached to a letter.
 * The original is not ours to reproduce; the page says where to find it.
 */
export const reportSchema = (ref: ReferenceFactory) =>
	z.strictObject({
		title: text,
		/** One line for lists and search results. */
		summary: text,
		/** Title of the original document, as published. */
		originalTitle: text,
		/** Who published the original. */
		originalPublisher: text,
		/** Date of the original, as precisely as known. */
		originalDate: partialDate.optional(),
		/** Where the original can be read, when a public copy is known. */
		originalUrl: httpsUrl.optional(),
		/** When we wrote our summary: shown as "summary written …", never as the report's date (that is the original's, or its letter's). */
		date: partialDate,
		/** The letter that encloses the original. */
		attachedTo: ref('letters'),
		people: z.array(ref('people')).default([]),
		cases: z.array(ref('cases')).default([]),
		events: z.array(ref('events')).default([]),
		sources: z.array(ref('sources')).min(1, 'expected at least one source'),
	});
