import { defineConfig } from 'vitest/config';
import main, { rings } from './vitest.config.ts';

/**
 * `npm run test:letters`: the build-output and browser tests whose subject changes with how many letters
 * there are, run on the fictional two-letter publication (tests/fixtures/letters/, built into dist-letters/).
 * The rest hold whatever the count: the main run covers them. A new test that reads the letters (their
 * pages, notes, the header's link to them, "the letter" or "the letters" in a page's words) belongs here.
 */
const letterCountTests = {
	build: [
		'citation-files',
		'citation-meta',
		'claims',
		'glued-words',
		'html-validity',
		'information-architecture',
		'internal-links',
		'letter-footnotes',
		'letter-provenance',
		'letter-text',
		'question-page',
		'reference-pages',
		'search-index',
		'search-relevance',
		'share-cards',
		'web-annotations',
	],
	// every-page visits only the kinds in pages.ts's letterCountKinds here.
	e2e: ['annotations', 'claims', 'every-page', 'letter-page', 'search', 'sidenotes'],
};

export default defineConfig({
	test: {
		...main.test,
		projects: [
			{ ...rings.build, test: { ...rings.build.test, include: letterCountTests.build.map((name) => `tests/build/${name}.test.ts`) } },
			{
				...rings.e2e,
				test: { ...rings.e2e.test, include: letterCountTests.e2e.map((name) => `tests/e2e/${name}.test.ts`), provide: { letterCountOnly: true } },
			},
		],
	},
});
