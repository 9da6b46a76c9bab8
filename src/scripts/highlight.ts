import { loadModuleScript } from './pagefind-components.ts';

/**
 * When a page is opened from a search result (`?highlight=word`), marks the searched words with
 * Pagefind's highlighter. Other visits load nothing.
 */
export async function highlightSearchTerms(bundle: string): Promise<void> {
	if (!new URLSearchParams(location.search).has('highlight')) return;
	await loadModuleScript(`${bundle}pagefind-highlight.js`);
	const { PagefindHighlight } = window as unknown as { PagefindHighlight: new (options: Record<string, unknown>) => unknown };
	// Its own styles would be an inline <style>, which our Content-Security-Policy refuses: global.css styles the marks.
	new PagefindHighlight({
		highlightParam: 'highlight',
		addStyles: false,
		markOptions: { className: 'pagefind-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
	});
}
