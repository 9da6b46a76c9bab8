import type { PagefindResult } from '../search/forgiving-search.ts';
import { arrowKeys, correctionNodes, openSiteSearch, resultItem, type SiteSearch } from './search-ui.ts';

/** Results drawn at a time; "More results" draws the next ones. */
const pageSize = 5;

/**
 * The search page: the plain form (which works without JavaScript) searches as the reader types, draws
 * the results with two lines of excerpt, says what search did with the words (announced), offers filters
 * (collapsed, with the number in use), and keeps `?q=` in step so a search can be shared.
 */
export async function startSearchPage(): Promise<void> {
	const root = document.querySelector<HTMLElement>('[data-search-page]');
	const input = root?.querySelector<HTMLInputElement>('input[name="q"]');
	const form = root?.querySelector<HTMLFormElement>('form');
	const { bundle, vocabulary } = root?.dataset ?? {};
	if (!root || !input || !form || !bundle || !vocabulary) return;
	const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-search-${name}]`)!;
	const [summary, notice, list, more, filterPanel, filterCount, filterGroups] = [
		part('summary'),
		part('correction'),
		part<HTMLOListElement>('results'),
		part<HTMLButtonElement>('more'),
		part<HTMLDetailsElement>('filters'),
		part('filter-count'),
		part('filter-groups'),
	];
	const search = await openSiteSearch(bundle, vocabulary);
	filterPanel.hidden = false;
	// The filters' values are loaded when a reader first opens them: most searches never filter.
	filterPanel.addEventListener('toggle', () => void drawFilters(search, filterGroups), { once: true });

	let shown: PagefindResult[] = [];
	let drawn = 0;
	let latest = 0;
	const chosen = () => {
		const filters: Record<string, string[]> = {};
		for (const box of filterGroups.querySelectorAll<HTMLInputElement>('input:checked')) (filters[box.name] ??= []).push(box.value);
		return filters;
	};
	const drawMore = async () => {
		const next = shown.slice(drawn, drawn + pageSize);
		drawn += next.length;
		list.append(...(await Promise.all(next.map(resultItem))));
		more.hidden = drawn >= shown.length;
	};
	const run = async () => {
		const term = input.value.trim();
		const url = new URL(location.href);
		if (term) url.searchParams.set('q', term);
		else url.searchParams.delete('q');
		history.replaceState(history.state, '', url);
		const active = Object.values(chosen()).flat().length;
		filterCount.textContent = active > 0 ? ` (${active} in use)` : '';
		const ticket = ++latest;
		if (!term) {
			list.replaceChildren();
			summary.textContent = '';
			notice.replaceChildren();
			notice.hidden = true;
			more.hidden = true;
			return;
		}
		const { response, correction } = await search.search(term, chosen());
		if (ticket !== latest) return; // A newer search has started.
		shown = response?.results ?? [];
		drawn = 0;
		list.replaceChildren();
		await drawMore();
		if (ticket !== latest) return;
		summary.textContent =
			shown.length === 0 ? `No results for “${term}”.` : `${shown.length} ${shown.length === 1 ? 'result' : 'results'} for “${term}”.`;
		notice.replaceChildren(...correctionNodes(correction, location.pathname));
		notice.hidden = notice.childNodes.length === 0;
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, 150);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run();
	});
	filterGroups.addEventListener('change', () => void run());
	more.addEventListener('click', () => void drawMore());
	arrowKeys(root, input, list);
	const query = new URLSearchParams(location.search).get('q')?.trim();
	if (query) {
		input.value = query;
		await run();
	}
}

/** One group of checkboxes per filter (kind, year, person, letter), each value with its number of pages. */
async function drawFilters(search: SiteSearch, groups: HTMLElement): Promise<void> {
	const names: Record<string, string> = { type: 'Kind', year: 'Year' };
	const all = await search.filters();
	groups.replaceChildren(
		...Object.entries(all).map(([name, values]) => {
			const fieldset = document.createElement('fieldset');
			const legend = Object.assign(document.createElement('legend'), { textContent: names[name] ?? name[0]!.toUpperCase() + name.slice(1) });
			const order = Object.entries(values).sort(([a, m], [b, n]) => (name === 'year' ? b.localeCompare(a) : n - m || a.localeCompare(b)));
			fieldset.append(
				legend,
				...order.map(([value, count]) => {
					const box = Object.assign(document.createElement('input'), { type: 'checkbox', name, value });
					const label = document.createElement('label');
					label.append(box, ` ${value} `, Object.assign(document.createElement('span'), { className: 'filter-count', textContent: `(${count})` }));
					return label;
				}),
			);
			return fieldset;
		}),
	);
}
