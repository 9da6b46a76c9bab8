import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Three rings of tests: `unit` (milliseconds, no build), `build` (asserts on `dist/` after one
 * `npm run build`), `e2e` (Chromium on the served `dist/`). Run one with `vitest run --project NAME`.
 * vitest.letters.config.ts runs a part of the last two on the fictional two-letter publication.
 */
export const rings = {
	unit: { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
	build: {
		extends: true,
		test: {
			name: 'build',
			include: ['tests/build/**/*.test.ts'],
			// Two files at a time (vitest's default is one on two cores): a file waiting on a fixture build or on
			// the HTML checker, child processes both, leaves the other worker to run.
			maxWorkers: 2,
			maxConcurrency: 2,
		},
	},
	e2e: {
		extends: true,
		test: {
			name: 'e2e',
			include: ['tests/e2e/**/*.test.ts'],
			// One browser at a time: the machine has two cores and Chromium wants both.
			fileParallelism: false,
			provide: { letterCountOnly: false },
			testTimeout: 60_000,
			hookTimeout: 120_000,
		},
	},
} satisfies Record<string, TestProjectInlineConfiguration>;

export default defineConfig({
	test: {
		// Test files share a worker's modules: the content under test (tests/content.ts) is read, and dist/'s
		// pages parsed, once per worker instead of once per file. No test mocks modules or changes process.env.
		isolate: false,
		projects: [rings.unit, rings.build, rings.e2e],
	},
});
