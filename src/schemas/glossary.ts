import { z } from 'zod';
import { text, type ReferenceFactory } from './shared.ts';

/** A term or acronym the letter uses, explained in our words for a reader who knows neither Brussels nor Kazakhstan. */
export const glossarySchema = (ref: ReferenceFactory) =>
	z.strictObject({
		/** The term as the letter writes it, e.g. `EPCA`. */
		term: text,
		/** What an acronym stands for. */
		expansion: text.optional(),
		/**
		 * Exact spellings to look for in the letters, to link each passage that uses the term
		 * (case-sensitive, whole words). Defaults to the term itself.
		 */
		matches: z.array(text).default([]),
		/** The definition, one or two sentences of our own. */
		definition: text,
		/** A longer annotation on the same subject, if there is one. */
		annotation: ref('annotations').optional(),
		/** Sources for the definition; at least one. */
		sources: z.array(ref('sources')).min(1, 'expected at least one source for a definition'),
	});
