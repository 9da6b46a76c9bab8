import type { APIRoute } from 'astro';
import { searchVocabulary } from '../../lib/search-vocabulary.ts';

/** `/search/vocabulary.json`: the site's words, for search to forgive misspellings and other scripts (loaded when a query needs it). */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify({ words: (await searchVocabulary()).vocabulary.words }), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
