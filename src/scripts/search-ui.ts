import { forgivingSearch, type Correction, type PagefindResponse, type PagefindResult, type PagefindSearch } from '../search/forgiving-search.ts';
import { searchOptions } from '../search/options.ts';
import type { QueryFile, VocabularyFile } from '../search/vocabulary.ts';

/** Pagefind's JS API (pagefind.js in the bundle), the part the site uses. */
interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	search: PagefindSearch;
	filters(): Promise<Record<string, Record<string, number>>>;
}

/** The site's search, ready: every query through the forgiving layer, and what it said about the last one. */
export interface SiteSearch {
	search(term: string, filters?: Record<string, string[]>): Promise<{ response: PagefindResponse | null; correction: Correction | undefined }>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<SiteSearch> | undefined;

/**
 * Loads Pagefind's own search API from the bundle next to the site (no UI library: the site draws its
 * results itself, which costs a reader a fraction of the bytes) and routes it through the forgiving layer.
 * Searching runs on the page, not in a worker: the index is small, and the worker is one more download.
 */
export function openSiteSearch(bundle: string, vocabulary: string): Promise<SiteSearch> {
	loading ??= (async () => {
		const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
		await pagefind.options({ ...searchOptions, noWorker: true, basePath: bundle });
		// The vocabulary's words beside the small file every query needs (src/pages/search/).
		const json = <T>(url: string | URL) => fetch(url).then((response) => response.json() as Promise<T>);
		let query: Promise<QueryFile> | undefined;
		let words: Promise<VocabularyFile['words']> | undefined;
		const files = {
			query: () => (query ??= json<QueryFile>(new URL('query.json', new URL(vocabulary, location.href)))),
			words: () => (words ??= json<{ words: VocabularyFile['words'] }>(vocabulary).then((file) => file.words)),
		};
		let said: Correction | undefined;
		const search = forgivingSearch(pagefind.search.bind(pagefind), files, (correction) => (said = correction));
		return {
			async search(term, filters) {
				said = undefined;
				const response = await search(term, filters && Object.keys(filters).length > 0 ? { filters } : undefined);
				return { response, correction: said };
			},
			filters: () => pagefind.filters(),
		};
	})();
	return loading;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * A Pagefind excerpt (escaped text with `<mark>` around matches) as DOM nodes: text stays text, so
 * nothing in an index can become markup.
 */
function excerptNodes(excerpt: string): Node[] {
	return excerpt.split(/(<mark>[^<]*<\/mark>)/).map((part) => {
		const marked = /^<mark>([^<]*)<\/mark>$/.exec(part);
		const text = (marked ? marked[1]! : part).replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);
		return marked ? Object.assign(document.createElement('mark'), { textContent: text }) : document.createTextNode(text);
	});
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
};

/** One result as a list item: its title linked, its kind and date, and two lines of excerpt. */
export async function resultItem(result: PagefindResult): Promise<HTMLLIElement> {
	const data = await result.data();
	const title = data.meta.title ?? data.url;
	const kind = [data.meta.type, data.meta.date].filter(Boolean).join(' · ');
	return element(
		'li',
		{ className: 'search-result' },
		element('a', { href: data.url, className: 'search-result-link' }, title),
		...(kind ? [element('span', { className: 'search-result-kind' }, kind)] : []),
		element('p', { className: 'search-result-excerpt' }, ...excerptNodes(data.excerpt)),
	);
}

/**
 * Arrow keys through a list of results: Down from the search box to the first, Up from the first back to
 * the box, as in every search box readers know.
 */
export function arrowKeys(scope: HTMLElement, input: HTMLInputElement, results: HTMLElement): void {
	scope.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...results.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((link) => link.offsetParent !== null);
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (links.length === 0 || (at < 0 && document.activeElement !== input)) return;
		event.preventDefault();
		const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
		if (next < 0) input.focus();
		else links[Math.min(next, links.length - 1)]!.focus();
	});
}

/** Says, beside a search's results, what search did with the words typed (empty when it did nothing to say). */
export function correctionNodes(correction: Correction | undefined, searchPage: string): (Node | string)[] {
	if (!correction) return [];
	const strong = (text: string) => element('strong', {}, text);
	const quoted = (words: string[]) => words.map((word) => `“${word}”`).join(', ');
	const parts: (Node | string)[] = [];
	if (correction.markup) {
		parts.push(
			correction.showing ? 'Markup is not searched; searched for ' : 'Markup is not searched, and nothing else was typed.',
			...(correction.showing ? [strong(correction.showing), '. '] : [' ']),
		);
	} else if (correction.showing) {
		parts.push('Showing results for ', strong(correction.showing), ` (you typed “${correction.typed}”). `);
	}
	if (correction.didYouMean) {
		parts.push('Did you mean ', element('a', { href: `${searchPage}?q=${encodeURIComponent(correction.didYouMean)}` }, correction.didYouMean), '? ');
	}
	if (correction.mostOf) parts.push(`No page has all of ${quoted(correction.mostOf)}; showing pages with most of them. `);
	if (correction.phrase) parts.push(`No page has “${correction.phrase}” word for word; showing pages with its words. `);
	return parts;
}
