/**
 * Loads a module script from the site (Pagefind's bundle) by adding a `<script type="module">`:
 * the Content-Security-Policy allows it ('self'), and it spares the page the bundler's
 * dynamic-import helper, so pages that never search load less.
 */
export function loadModuleScript(src: string): Promise<void> {
	return new Promise((done, fail) => {
		if (document.querySelector(`script[src="${src}"]`)) return done();
		const script = document.createElement('script');
		script.type = 'module';
		script.src = src;
		script.addEventListener('load', () => done(), { once: true });
		script.addEventListener('error', () => fail(new Error(`Could not load ${src}`)), { once: true });
		document.head.append(script);
	});
}

/** The slice of Pagefind's Component UI API that our scripts use (window.PagefindComponents). */
export interface PagefindInstance {
	triggerSearch(term: string): void;
	on(event: 'search', callback: (term: string) => void): void;
	on(event: 'results', callback: (results: { results: unknown[] }) => void): void;
}
interface PagefindComponents {
	getInstanceManager(): { getInstance(name?: string): PagefindInstance };
	configureInstance(name: string, options: Record<string, unknown>): void;
}

/**
 * How results are ranked: the page about a thing outranks pages that mention it (`about` metadata, and
 * less weight on page length, so short event pages do not beat the case); ASCII spellings of titles
 * (Zdzislaw for Zdzisław) count as much as titles.
 */
export const searchRanking = { pageLength: 0.25, metaWeights: { about: 8, title: 5, title_spellings: 5 } };

let loading: Promise<PagefindComponents> | undefined;

/** Loads Pagefind's Component UI (script and theme) once, from the bundle next to the site. */
export function loadPagefindComponents(bundle: string): Promise<PagefindComponents> {
	loading ??= (async () => {
		if (!document.querySelector(`link[href="${bundle}pagefind-component-ui.css"]`)) {
			const css = document.createElement('link');
			css.rel = 'stylesheet';
			css.href = `${bundle}pagefind-component-ui.css`;
			document.head.append(css);
		}
		await loadModuleScript(`${bundle}pagefind-component-ui.js`);
		const components = (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents;
		components.configureInstance('default', {
			bundlePath: bundle,
			// Result links carry ?highlight=…, and scripts/highlight.ts marks the words on the page opened.
			highlightParam: 'highlight',
			ranking: searchRanking,
		});
		return components;
	})();
	return loading;
}
