import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot, idsOf } from './lib/content-ids.ts';
import { collectionSchemas } from './schemas/index.ts';
import { checkedReference } from './schemas/reference.ts';
import { collectionFormats, type CollectionName } from './schemas/shared.ts';

const schemas = collectionSchemas(checkedReference(reference as never, (collection) => idsOf(collection)));

/** Each collection's entries live in `content/<collection>/`, one file per entry, in the collection's format. */
const files = (name: CollectionName) =>
	glob({ base: `${contentRoot}/${name}`, pattern: collectionFormats[name] === 'markdown' ? '*.md' : '*.{yaml,yml}' });

export const collections = {
	letters: defineCollection({ loader: files('letters'), schema: schemas.letters }),
	reports: defineCollection({ loader: files('reports'), schema: schemas.reports }),
	questions: defineCollection({ loader: files('questions'), schema: schemas.questions }),
	cases: defineCollection({ loader: files('cases'), schema: schemas.cases }),
	events: defineCollection({ loader: files('events'), schema: schemas.events }),
	annotations: defineCollection({ loader: files('annotations'), schema: schemas.annotations }),
	people: defineCollection({ loader: files('people'), schema: schemas.people }),
	organizations: defineCollection({ loader: files('organizations'), schema: schemas.organizations }),
	sources: defineCollection({ loader: files('sources'), schema: schemas.sources }),
	glossary: defineCollection({ loader: files('glossary'), schema: schemas.glossary }),
} satisfies Record<CollectionName, unknown>;
