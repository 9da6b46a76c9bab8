import { forgivingSearch, type Correction, type PagefindSearch } from '../search/forgiving-search.ts';
import { searchOptions } from '../search/options.ts';
import type { VocabularyFile } from '../search/vocabulary.ts';

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
 * What the Component UI keeps of Pagefind's JS API once it has loaded it (pinned Pagefind 1.6.0; the
 * browser tests fail should a new version move it): the one place every surface's searches pass through.
 */
interface LoadedInstance {
	__load__(): Promise<void>;
	__pagefind__?: { search: PagefindSearch };
}

/** Every correction search makes, for the search surfaces to show (`search-correction` on the document). */
export const correctionEvent = 'search-correction';

let loading: Promise<PagefindComponents> | undefined;

/**
 * Loads Pagefind's Component UI (script and theme) once, from the bundle next to the site, with the
 * site's search options, and routes its searches through the forgiving layer (src/search/).
 */
export function loadPagefindComponents(bundle: string, vocabulary: string): Promise<PagefindComponents> {
	loading ??= (async () => {
		if (!document.querySelector(`link[href="${bundle}pagefind-component-ui.css"]`)) {
			const css = document.createElement('link');
			css.rel = 'stylesheet';
			css.href = `${bundle}pagefind-component-ui.css`;
			document.head.append(css);
		}
		await loadModuleScript(`${bundle}pagefind-component-ui.js`);
		const components = (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents;
		components.configureInstance('default', { ...searchOptions, bundlePath: bundle });
		const instance = components.getInstanceManager().getInstance('default') as unknown as LoadedInstance;
		await instance.__load__();
		const pagefind = instance.__pagefind__;
		if (pagefind) {
			let words: Promise<VocabularyFile> | undefined;
			const load = () => (words ??= fetch(vocabulary).then((response) => response.json() as Promise<VocabularyFile>));
			const report = (correction: Correction | undefined) => document.dispatchEvent(new CustomEvent(correctionEvent, { detail: correction }));
			pagefind.search = forgivingSearch(pagefind.search.bind(pagefind), load, report);
		}
		return components;
	})();
	return loading;
}
