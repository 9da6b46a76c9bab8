import { arrowKeys, correctionNodes, openSiteSearch, resultItem } from './search-ui.ts';

/** Results the header shows; the search page has the rest. */
const shownInHeader = 5;

/**
 * Results as you type under the header's search box. The box itself never changes (same place, size,
 * label and button): the results, what search did with the words (announced) and a link to every result
 * open in a panel below it. Arrow keys move through the results, Escape closes the panel, and the form
 * still submits to the search page.
 */
export async function attachDropdown(form: HTMLFormElement, input: HTMLInputElement): Promise<void> {
	const { bundle, vocabulary } = form.dataset;
	if (!bundle || !vocabulary) return;
	const panel = Object.assign(document.createElement('div'), { className: 'search-dropdown', id: 'site-search-results', hidden: true });
	const notice = Object.assign(document.createElement('p'), { className: 'search-correction', hidden: true });
	notice.setAttribute('aria-live', 'polite');
	const status = Object.assign(document.createElement('p'), { className: 'search-dropdown-summary' });
	status.setAttribute('role', 'status');
	const list = Object.assign(document.createElement('ol'), { className: 'search-results' });
	const all = Object.assign(document.createElement('a'), { className: 'search-dropdown-all' });
	panel.append(notice, status, list, all);
	form.append(panel);
	input.setAttribute('aria-controls', panel.id);

	let search;
	try {
		search = await openSiteSearch(bundle, vocabulary);
	} catch {
		panel.remove();
		return; // The plain form still works.
	}
	let latest = 0;
	const run = async () => {
		const term = input.value.trim();
		const ticket = ++latest;
		if (!term) {
			panel.hidden = true;
			return;
		}
		const { response, correction } = await search.search(term);
		const results = response?.results ?? [];
		const items = await Promise.all(results.slice(0, shownInHeader).map(resultItem));
		if (ticket !== latest) return; // A newer search has started.
		list.replaceChildren(...items);
		notice.replaceChildren(...correctionNodes(correction, form.action));
		notice.hidden = notice.childNodes.length === 0;
		status.textContent = results.length === 0 ? `No results for “${term}”.` : `${results.length} ${results.length === 1 ? 'result' : 'results'}`;
		all.href = `${form.action}?q=${encodeURIComponent(term)}`;
		all.textContent = results.length > shownInHeader ? `All ${results.length} results` : 'Open on the search page';
		panel.hidden = false;
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, 120);
	});
	arrowKeys(form, input, panel);
	form.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || panel.hidden) return;
		panel.hidden = true;
		input.focus();
	});
	document.addEventListener('click', (event) => {
		if (!form.contains(event.target as Node)) panel.hidden = true;
	});
	input.addEventListener('focus', () => {
		if (input.value.trim() && list.childElementCount > 0) panel.hidden = false;
	});
	if (input.value.trim()) await run();
}
