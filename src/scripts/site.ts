import { enhanceHeaderSearch } from './header-search.ts';
import { highlightSearchTerms } from './highlight.ts';

/** Every page's one script: the header search and, after a search, the highlighted words. */
export function startSite(bundle: string): void {
	enhanceHeaderSearch();
	void highlightSearchTerms(bundle);
}
