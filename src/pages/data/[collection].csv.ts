import type { APIRoute, GetStaticPaths } from 'astro';
import { collectionNames, collections, type CollectionName } from '../../collections.ts';
import { csvTable } from '../../lib/csv.ts';
import { recordJsonSchema, recordsOf } from '../../lib/open-data.ts';

export const getStaticPaths = (() => collectionNames.filter((name) => collections[name].table).map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

/** `/data/<collection>.csv`: the records of a flat collection, one row each, for spreadsheets. */
export const GET: APIRoute = async ({ params, site }) => {
	const collection = params.collection as CollectionName;
	return new Response(csvTable(await recordsOf(collection, site), recordJsonSchema(collection)), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
