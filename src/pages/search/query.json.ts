import type { APIRoute } from 'astro';
import { searchVocabulary } from '../../lib/search-vocabulary.ts';

/** `/search/query.json`: what search needs to read every query: letters to fold, stop words, kinds of page. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify((await searchVocabulary()).query), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
