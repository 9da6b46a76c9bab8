import type { SiteSearchLive } from './header-search.ts';
import { attachDropdown } from './header-dropdown.ts';
import { highlightSearchTerms } from './highlight.ts';
import resultsStylesheet from '../styles/search-results.css?url';

export { startSearchPage } from './search-page.ts';

/**
 * Search's code, in one file with a fixed name (astro.config.mjs): the search page imports it, and every
 * page's loader (scripts/header-search.ts) imports it by its address when a reader reaches for search.
 * Bundlers rename a shared file's exports, so what the loader calls is also left on `window`.
 */
(window as unknown as { siteSearch: SiteSearchLive }).siteSearch = { attachDropdown, highlightSearchTerms };

// The results' styles come with this code rather than with every page (a stylesheet: the policy allows 'self').
document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: resultsStylesheet }));
