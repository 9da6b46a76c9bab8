import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { collectionNames, type CollectionName } from '../../../collections.ts';
import { jsonResponse, recordOf } from '../../../lib/open-data.ts';

export const getStaticPaths = (async () =>
	(
		await Promise.all(collectionNames.map(async (collection) => (await getCollection(collection)).map(({ id }) => ({ params: { collection, id } }))))
	).flat()) satisfies GetStaticPaths;

/** `/data/<collection>/<id>.json`: one record, as in its collection's array; each record's page links it. */
export const GET: APIRoute = async ({ params, site }) => jsonResponse(await recordOf(params.collection as CollectionName, params.id!, site));
