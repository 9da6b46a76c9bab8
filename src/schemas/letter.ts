import { z } from 'zod';
import { isoDate, text, type ReferenceFactory } from './shared.ts';

/** One office in the sender's letterhead, its lines as printed. */
const officeSchema = z.strictObject({
	lines: z.array(text).min(1),
	/** Telephone number as printed. */
	phone: text.optional(),
});

/**
 * A letter: the frontmatter holds its frame (letterhead, addressee, signature), the Markdown body
 * holds its text verbatim, with footnotes and links to what it names.
 */
export const letterSchema = (ref: ReferenceFactory) =>
	z.strictObject({
		/** Our title for the page. */
		title: text,
		/** What the letter is about, in one line of our own words; shown as editorial. */
		subject: text,
		/** Date of the letter. */
		date: isoDate,
		/** Place and date line as printed, e.g. `Brussels, 2 February 2015`. */
		dateLine: text,
		/** The sending organisation. */
		sender: ref('organizations'),
		/** The letterhead as printed. */
		letterhead: z.strictObject({
			/** The wordmark, e.g. `OPEN DIALOG`. */
			mark: text,
			offices: z.array(officeSchema).min(1),
		}),
		/** Who it is addressed to, and the address block as printed. */
		addressee: z.strictObject({
			person: ref('people'),
			organization: ref('organizations'),
			lines: z.array(text).min(1),
		}),
		/** Salutation as printed. */
		salutation: text,
		/** Complimentary close as printed. */
		closing: text,
		/** Who signed, in what role, for which organisation. */
		signatories: z
			.array(
				z.strictObject({
					person: ref('people'),
					role: text,
					organization: ref('organizations'),
				}),
			)
			.min(1),
		/** The written questions it cites. */
		questions: z.array(ref('questions')).default([]),
		/** The cases it names. */
		cases: z.array(ref('cases')).default([]),
		/** What it encloses. */
		attachments: z
			.array(
				z.strictObject({
					/** The letter's own words for it, verbatim. */
					description: text,
					/** Our editorial summary of it, once published. */
					report: ref('reports').optional(),
				}),
			)
			.default([]),
		/** Where the text comes from and how it was edited for the web. */
		provenance: text,
		/**
		 * The sender's own publication of the letter and of what came of it (its news items), as source records;
		 * the letter's "About this text" links them. Empty when the research found none.
		 */
		senderPublications: z.array(ref('sources')).default([]),
	});
