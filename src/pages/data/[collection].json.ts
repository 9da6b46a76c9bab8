import type { APIRoute, GetStaticPaths } from 'astro';
import { collectionNames, type CollectionName } from '../../collections.ts';
import { jsonResponse, recordsOf } from '../../lib/open-data.ts';

export const getStaticPaths = (() => collectionNames.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

/** `/data/<collection>.json`: every record of a collection, as one JSON array. */
export const GET: APIRoute = async ({ params, site }) => jsonResponse(await recordsOf(params.collection as CollectionName, site));
