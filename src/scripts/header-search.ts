/** What the search code (scripts/search-live.ts) leaves for the loader once it has loaded. */
export interface SiteSearchLive {
	attachDropdown(form: HTMLFormElement, input: HTMLInputElement): Promise<void>;
	highlightSearchTerms(bundle: string): void;
}

/**
 * Every page's one script, kept tiny: the header search is a plain form that opens /search/?q=… and works
 * without JavaScript; this adds the `/` shortcut and loads the search code only when a reader reaches
 * for search (focuses the box) or arrives from a result (`?highlight=`). `base` is the site's base path.
 */
export function startSite(base: string): void {
	const bundle = `${base}pagefind/`;
	// An address in a variable: Vite leaves the import as it is, with no preload helper and no static import.
	const live = `${base}_astro/search-live.js`;
	const load = () => import(/* @vite-ignore */ live).then(() => (window as unknown as { siteSearch: SiteSearchLive }).siteSearch);
	if (location.search.includes('highlight=')) void load().then((search) => search.highlightSearchTerms(bundle));
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	if (!form || !input) return;
	document.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.ctrlKey || event.metaKey || (event.target as Element).closest('input,textarea,select,[contenteditable]')) return;
		event.preventDefault();
		input.focus();
	});
	// The search page has its own search box and results.
	if (!document.querySelector('[data-search-page]'))
		input.addEventListener('focus', () => void load().then((search) => search.attachDropdown(form, input)), { once: true });
}
