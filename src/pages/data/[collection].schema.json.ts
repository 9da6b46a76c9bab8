import type { APIRoute, GetStaticPaths } from 'astro';
import { collectionNames, type CollectionName } from '../../collections.ts';
import { jsonResponse, recordJsonSchema } from '../../lib/open-data.ts';

export const getStaticPaths = (() => collectionNames.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

/** `/data/<collection>.schema.json`: the JSON Schema of one record, generated from the collection's Zod schema. */
export const GET: APIRoute = ({ params }) => jsonResponse(recordJsonSchema(params.collection as CollectionName), 'application/schema+json');
