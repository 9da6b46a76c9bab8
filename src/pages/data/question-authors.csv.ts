import type { APIRoute } from 'astro';
import { csvResponse, joinTable } from '../../lib/data-tables.ts';

/** `/data/question-authors.csv`: one row per author of each written question, with group and reference. */
export const GET: APIRoute = async ({ site }) => csvResponse(await joinTable('question-authors', site));
