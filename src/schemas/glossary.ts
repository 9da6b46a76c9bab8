import { z } from 'zod';
import { text, type ReferenceFactory } from './shared.ts';

/**
 * A term or acronym the letter uses. A term for something with a page of its own (an organisation, an
 * event) names that page, and the glossary links there: one thing, one page. Any other term is explained
 * here, in our words, for a reader who knows neither Brussels nor Kazakhstan.
 */
export const glossarySchema = (ref: ReferenceFactory) =>
	z
		.strictObject({
			/** The term as the letter writes it, e.g. `EPCA`. */
			term: text,
			/** What an acronym stands for. */
			expansion: text.optional(),
			/**
			 * Exact spellings to look for in the letters, to link each passage that uses the term
			 * (case-sensitive, whole words). Defaults to the term itself.
			 */
			matches: z.array(text).default([]),
			/** The organisation the term names, when it has its own page: the term becomes that page's alias. */
			organization: ref('organizations').optional(),
			/** The event the term names, when it has its own page: the term becomes that page's alias. */
			event: ref('events').optional(),
			/** The definition, one or two sentences of our own; only for a term without a page of its own. */
			definition: text.optional(),
			/** A longer note on the same subject, if there is one. */
			annotation: ref('annotations').optional(),
			/** Sources for the definition; at least one. */
			sources: z.array(ref('sources')).default([]),
		})
		.superRefine((term, context) => {
			const page = term.organization ? 'organization' : term.event ? 'event' : undefined;
			if (term.organization && term.event) {
				context.addIssue({ code: 'custom', path: ['event'], message: 'a term names one page of its own; expected organization or event, not both' });
			}
			if (page) {
				for (const field of ['definition', 'annotation'] as const) {
					if (term[field] !== undefined) {
						context.addIssue({
							code: 'custom',
							path: [field],
							message: `the term has its own page (${page}); its ${field} belongs on that page, not in the glossary`,
						});
					}
				}
				if (term.sources.length > 0)
					context.addIssue({
						code: 'custom',
						path: ['sources'],
						message: `the term has its own page (${page}); its sources belong on that page, not in the glossary`,
					});
				return;
			}
			if (term.definition === undefined) {
				context.addIssue({
					code: 'custom',
					path: ['definition'],
					message: 'missing; expected a definition, or `organization:` or `event:` naming the page the term has of its own',
				});
			}
			if (term.sources.length === 0)
				context.addIssue({ code: 'custom', path: ['sources'], message: 'expected at least one source for a definition' });
		});

export type GlossaryTerm = z.infer<ReturnType<typeof glossarySchema>>;
