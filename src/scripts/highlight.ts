/**
 * When a page is opened from a search result (`?highlight=word`), marks the searched words with
 * Pagefind's highlighter, loaded as a module script from the site (the Content-Security-Policy allows
 * 'self'). Other visits load nothing.
 */
export function highlightSearchTerms(bundle: string): void {
	if (!new URLSearchParams(location.search).has('highlight')) return;
	const script = Object.assign(document.createElement('script'), { type: 'module', src: `${bundle}pagefind-highlight.js` });
	script.addEventListener('load', () => {
		const { PagefindHighlight } = window as unknown as { PagefindHighlight: new (options: Record<string, unknown>) => unknown };
		// Its own styles would be an inline <style>, which our Content-Security-Policy refuses: global.css styles the marks.
		new PagefindHighlight({
			highlightParam: 'highlight',
			addStyles: false,
			markOptions: { className: 'pagefind-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
		});
	});
	document.head.append(script);
}
