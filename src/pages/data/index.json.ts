import type { APIRoute } from 'astro';
import { joinTableIndex } from '../../lib/data-tables.ts';
import { dataIndex, jsonResponse } from '../../lib/open-data.ts';

/** `/data/index.json`: every collection published as data, with its count, its files and the licence; then the tables that join them. */
export const GET: APIRoute = async ({ site }) => jsonResponse({ ...(await dataIndex(site)), tables: await joinTableIndex(site) });
