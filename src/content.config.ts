import { defineCollection, reference } from 'astro:content';
import { collectionSchemas, type CollectionName } from './collections.ts';
import { contentLoader } from './pipeline/astro-loader.ts';
import { contentRoot } from './pipeline/root.ts';

// The schemas give pages their types; the data itself is checked and parsed by the content pipeline.
const schemas = collectionSchemas(reference as never);

export const collections = {
	letters: defineCollection({ loader: contentLoader('letters', contentRoot), schema: schemas.letters }),
	reports: defineCollection({ loader: contentLoader('reports', contentRoot), schema: schemas.reports }),
	questions: defineCollection({ loader: contentLoader('questions', contentRoot), schema: schemas.questions }),
	cases: defineCollection({ loader: contentLoader('cases', contentRoot), schema: schemas.cases }),
	events: defineCollection({ loader: contentLoader('events', contentRoot), schema: schemas.events }),
	annotations: defineCollection({ loader: contentLoader('annotations', contentRoot), schema: schemas.annotations }),
	claims: defineCollection({ loader: contentLoader('claims', contentRoot), schema: schemas.claims }),
	people: defineCollection({ loader: contentLoader('people', contentRoot), schema: schemas.people }),
	organizations: defineCollection({ loader: contentLoader('organizations', contentRoot), schema: schemas.organizations }),
	sources: defineCollection({ loader: contentLoader('sources', contentRoot), schema: schemas.sources }),
	glossary: defineCollection({ loader: contentLoader('glossary', contentRoot), schema: schemas.glossary }),
} satisfies Record<CollectionName, unknown>;
