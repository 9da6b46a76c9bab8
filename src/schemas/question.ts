import { z } from 'zod';
import { httpsUrl, inOrder, isoDate, text, type ReferenceFactory } from './shared.ts';

/** European Parliament written-question reference, e.g. `E-007125/2014`. */
const questionReference = z.string().regex(/^[EOP]-\d{6}\/\d{4}$/, 'expected an EP question reference such as "E-007125/2014"');

/** The answer to a written question. */
const answerSchema = z.strictObject({
	/** Who answered, in the words of the answer or the letter. */
	givenBy: text,
	/** Answer date, when known. */
	date: isoDate.optional(),
	/** Official answer page, when known. */
	url: httpsUrl.optional(),
	/** What the letter quotes from the answer, verbatim. */
	quotedInLetter: text.optional(),
	/** What the answer says, in our words, with sources. */
	summary: text.optional(),
});

/**
 * A European Parliament written question. Its reference may be unknown, but only with a stated reason:
 * the site says so plainly instead of filling the gap.
 */
export const questionSchema = (ref: ReferenceFactory) =>
	z
		.strictObject({
			/** EP reference such as `E-007125/2014`. */
			reference: questionReference.optional(),
			/** Why the reference is not given: required exactly when `reference` is missing. */
			referenceUnknown: text.optional(),
			/** Subject line as tabled, when known. */
			title: text.optional(),
			/** A short title of our own for lists when the real subject is unknown. */
			label: text,
			/**
			 * Authors in the order the source lists them, each with the political group the source gives.
			 * An author with a page on this site is a `person`; any other is a `name`, in full as the source writes it.
			 */
			authors: z
				.array(
					z
						.strictObject({
							person: ref('people').optional(),
							name: text.optional(),
							/** Political group as the source writes it, e.g. `ECR`, `Verts/ALE`. */
							politicalGroup: text,
						})
						.refine((author) => Boolean(author.person) !== Boolean(author.name), {
							message: 'expected exactly one of `person` (a reference) or `name` (as the source writes it)',
						}),
				)
				.default([]),
			/** Why no author is listed: required exactly when `authors` is empty. */
			authorsUnknown: text.optional(),
			/** Date the question is dated, as a source gives it. */
			date: isoDate.optional(),
			/** How the date is known, e.g. "as the letter gives it". */
			dateNote: text.optional(),
			/** The EP's public page for the question, when known. */
			officialUrl: httpsUrl.optional(),
			/** The answer, when known. */
			answer: answerSchema.optional(),
			/** Sources for what this page states. */
			sources: z.array(ref('sources')).default([]),
		})
		.superRefine((question, ctx) => {
			if (!question.reference && !question.referenceUnknown) {
				ctx.addIssue({
					code: 'custom',
					path: ['referenceUnknown'],
					message: 'a question without `reference` must say why in `referenceUnknown`',
				});
			}
			if (question.authors.length === 0 && !question.authorsUnknown) {
				ctx.addIssue({
					code: 'custom',
					path: ['authorsUnknown'],
					message: 'a question without `authors` must say why in `authorsUnknown`',
				});
			}
			if (question.date && question.answer?.date && !inOrder(question.date, question.answer.date)) {
				ctx.addIssue({
					code: 'custom',
					path: ['answer', 'date'],
					message: 'the answer is dated before the question; expected an answer date on or after date',
				});
			}
			if (question.reference && question.referenceUnknown) {
				ctx.addIssue({
					code: 'custom',
					path: ['referenceUnknown'],
					message: '`referenceUnknown` must be left out when `reference` is given',
				});
			}
		});
