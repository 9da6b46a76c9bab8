import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { annotationSchema } from './schemas/annotation.ts';
import { caseSchema } from './schemas/case.ts';
import { eventSchema } from './schemas/event.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { letterSchema } from './schemas/letter.ts';
import { organizationSchema } from './schemas/organization.ts';
import { personSchema } from './schemas/person.ts';
import { questionSchema } from './schemas/question.ts';
import { checkedReference } from './schemas/reference.ts';
import { reportSchema } from './schemas/report.ts';
import type { CollectionName } from './schemas/shared.ts';
import { sourceSchema } from './schemas/source.ts';
import { contentRoot, idsOf } from './lib/content-ids.ts';

const ref = checkedReference(reference as never, (collection) => idsOf(collection));

/** Markdown documents (a body) and YAML records (data only) live in `content/<collection>/`. */
const markdown = (collection: CollectionName) => glob({ base: `${contentRoot}/${collection}`, pattern: '*.md' });
const yaml = (collection: CollectionName) => glob({ base: `${contentRoot}/${collection}`, pattern: '*.{yaml,yml}' });

export const collections = {
	letters: defineCollection({ loader: markdown('letters'), schema: letterSchema(ref) }),
	reports: defineCollection({ loader: markdown('reports'), schema: reportSchema(ref) }),
	questions: defineCollection({ loader: markdown('questions'), schema: questionSchema(ref) }),
	cases: defineCollection({ loader: markdown('cases'), schema: caseSchema(ref) }),
	annotations: defineCollection({ loader: markdown('annotations'), schema: annotationSchema(ref) }),
	events: defineCollection({ loader: markdown('events'), schema: eventSchema(ref) }),
	people: defineCollection({ loader: yaml('people'), schema: personSchema(ref) }),
	organizations: defineCollection({ loader: yaml('organizations'), schema: organizationSchema(ref) }),
	sources: defineCollection({ loader: yaml('sources'), schema: sourceSchema }),
	glossary: defineCollection({ loader: yaml('glossary'), schema: glossarySchema(ref) }),
};
