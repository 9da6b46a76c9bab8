import type { APIRoute } from 'astro';
import { dataIndex, jsonResponse } from '../../lib/open-data.ts';

/** `/data/index.json`: every collection published as data, with its count, its files and the licence. */
export const GET: APIRoute = async ({ site }) => jsonResponse(await dataIndex(site));
