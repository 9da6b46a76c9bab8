import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionName } from '../../collections.ts';
import { collectionTable, csvResponse, tableCollections } from '../../lib/data-tables.ts';

export const getStaticPaths = (() => tableCollections.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

/** `/data/<collection>.csv`: the records of a flat collection, one row each, every cell one line of plain text. */
export const GET: APIRoute = async ({ params, site }) => csvResponse(await collectionTable(params.collection as CollectionName, site));
