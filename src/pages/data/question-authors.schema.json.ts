import type { APIRoute } from 'astro';
import { z } from 'zod';
import { joinTables } from '../../lib/data-tables.ts';
import { jsonResponse } from '../../lib/open-data.ts';

/** `/data/question-authors.schema.json`: the JSON Schema of one row of question-authors.csv. */
export const GET: APIRoute = () =>
	jsonResponse(z.toJSONSchema(joinTables['question-authors'].schema, { target: 'draft-2020-12', io: 'output' }), 'application/schema+json');
