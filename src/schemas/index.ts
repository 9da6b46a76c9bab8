import type { z } from 'zod';
import { annotationSchema } from './annotation.ts';
import { caseSchema } from './case.ts';
import { eventSchema } from './event.ts';
import { glossarySchema } from './glossary.ts';
import { letterSchema } from './letter.ts';
import { organizationSchema } from './organization.ts';
import { personSchema } from './person.ts';
import { questionSchema } from './question.ts';
import { reportSchema } from './report.ts';
import type { CollectionName, ReferenceFactory } from './shared.ts';
import { sourceSchema } from './source.ts';

/**
 * Every collection's schema, given how references are checked: the one list that Astro's content
 * config, `npm run check` and the tests all use.
 */
export function collectionSchemas(ref: ReferenceFactory) {
	return {
		letters: letterSchema(ref),
		reports: reportSchema(ref),
		questions: questionSchema(ref),
		cases: caseSchema(ref),
		events: eventSchema(ref),
		annotations: annotationSchema(ref),
		people: personSchema(ref),
		organizations: organizationSchema(ref),
		sources: sourceSchema,
		glossary: glossarySchema(ref),
	} satisfies Record<CollectionName, z.ZodType>;
}
