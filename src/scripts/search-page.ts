import { loadPagefindComponents } from './pagefind-components.ts';
import { showCorrections } from './search-correction.ts';

/**
 * The search page: loads Pagefind's Component UI, runs the query from `?q=` so a search can be shared,
 * and keeps `?q=` in step with what the reader types.
 */
export async function startSearchPage(): Promise<void> {
	const root = document.querySelector<HTMLElement>('[data-search-page]');
	if (!root?.dataset.bundle || !root.dataset.vocabulary) return;
	const notice = root.querySelector<HTMLElement>('[data-search-correction]');
	if (notice) showCorrections(notice, location.pathname);
	const components = await loadPagefindComponents(root.dataset.bundle, root.dataset.vocabulary);
	const instance = components.getInstanceManager().getInstance('default');
	const query = new URLSearchParams(location.search).get('q')?.trim();

	instance.on('search', (term) => {
		const url = new URL(location.href);
		if (term) url.searchParams.set('q', term);
		else url.searchParams.delete('q');
		history.replaceState(history.state, '', url);
	});

	if (query) {
		const input = await waitFor<HTMLInputElement>(root, 'pagefind-input input');
		input.value = query;
		instance.triggerSearch(query);
	}
}

/** Custom elements render their inner parts after upgrade; wait for one to exist. */
function waitFor<T extends Element>(root: Element, selector: string): Promise<T> {
	return new Promise((done) => {
		const found = root.querySelector<T>(selector);
		if (found) return done(found);
		const observer = new MutationObserver(() => {
			const element = root.querySelector<T>(selector);
			if (element) {
				observer.disconnect();
				done(element);
			}
		});
		observer.observe(root, { childList: true, subtree: true });
	});
}
