import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot, idsOf } from './lib/content-ids.ts';
import { collectionSchemas } from './schemas/index.ts';
import { checkedReference } from './schemas/reference.ts';
import type { CollectionName } from './schemas/shared.ts';

const schemas = collectionSchemas(checkedReference(reference as never, (collection) => idsOf(collection)));

/** Markdown documents (with a body) and YAML records live in `content/<collection>/`, one file per entry. */
const markdown = (name: CollectionName) => glob({ base: `${contentRoot}/${name}`, pattern: '*.md' });
const yaml = (name: CollectionName) => glob({ base: `${contentRoot}/${name}`, pattern: '*.{yaml,yml}' });

export const collections = {
	letters: defineCollection({ loader: markdown('letters'), schema: schemas.letters }),
	reports: defineCollection({ loader: markdown('reports'), schema: schemas.reports }),
	questions: defineCollection({ loader: markdown('questions'), schema: schemas.questions }),
	cases: defineCollection({ loader: markdown('cases'), schema: schemas.cases }),
	events: defineCollection({ loader: markdown('events'), schema: schemas.events }),
	annotations: defineCollection({ loader: markdown('annotations'), schema: schemas.annotations }),
	people: defineCollection({ loader: yaml('people'), schema: schemas.people }),
	organizations: defineCollection({ loader: yaml('organizations'), schema: schemas.organizations }),
	sources: defineCollection({ loader: yaml('sources'), schema: schemas.sources }),
	glossary: defineCollection({ loader: yaml('glossary'), schema: schemas.glossary }),
} satisfies Record<CollectionName, unknown>;
