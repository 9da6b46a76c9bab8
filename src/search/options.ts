/**
 * How every search surface (the search page, the header's search box, the relevance test and the
 * benchmark) ranks and shows results: one set of options for Pagefind.
 * @see https://pagefind.app/docs/ranking/
 */
export const searchOptions = {
	ranking: {
		// The page about a thing names it in its `about` metadata (src/components/SearchMeta.astro); a title
		// that only contains the word, or the page's length, must not outweigh that.
		metaWeights: { about: 10, title: 2, title_spellings: 2 },
	},
	// Result links carry ?highlight=…, and scripts/highlight.ts marks the words on the page opened.
	highlightParam: 'highlight',
} as const;
