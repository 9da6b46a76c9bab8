/**
 * Runs a built site's search in Node as a reader's browser runs it: Pagefind's own `pagefind.js` from
 * `dist/pagefind/` (its files read from disk instead of fetched), with the site's options and its
 * forgiving layer. For the relevance test and the benchmark; deterministic, so its ranks can be asserted.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { forgivingSearch, type Correction, type PagefindSearch } from '../../src/search/forgiving-search.ts';
import { searchOptions } from '../../src/search/options.ts';
import type { QueryFile, VocabularyFile } from '../../src/search/vocabulary.ts';

/** What one search shows: the pages in rank order (site paths, base included), and what search did with the query. */
export interface SearchOutcome {
	paths: string[];
	correction: Correction | undefined;
}

const origin = 'http://site.invalid';

/** Loads a built site's search. Pagefind reads its index with `fetch`: here, `fetch` reads `dist/`. */
export async function openSearch(dist: string, base = '/'): Promise<(query: string, depth?: number) => Promise<SearchOutcome>> {
	const realFetch = globalThis.fetch;
	globalThis.fetch = (async (input: string | URL | Request) => {
		const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, origin);
		if (url.origin !== origin) return realFetch(input);
		return new Response(await readFile(join(dist, decodeURIComponent(url.pathname.slice(base.length)))));
	}) as typeof fetch;
	const pagefind = (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as {
		options(o: object): Promise<void>;
		search: PagefindSearch;
	};
	await pagefind.options({ ...searchOptions, basePath: `${origin}${base}pagefind/` });
	const read = async <T>(file: string) => JSON.parse(await readFile(join(dist, 'search', file), 'utf8')) as T;
	const files = {
		query: () => read<QueryFile>('query.json'),
		words: async () => (await read<{ words: VocabularyFile['words'] }>('vocabulary.json')).words,
	};
	let correction: Correction | undefined;
	const search = forgivingSearch(pagefind.search, files, (c) => (correction = c));
	return async (query, depth = 10) => {
		const response = await search(query);
		const pages = await Promise.all((response?.results ?? []).slice(0, depth).map((result) => result.data()));
		return { paths: pages.map((page) => new URL(page.url, origin).pathname), correction };
	};
}
