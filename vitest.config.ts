import { defineConfig } from 'vitest/config';

/**
 * Three rings of tests: `unit` (milliseconds, no build), `build` (asserts on `dist/` after one
 * `npm run build`), `e2e` (Chromium on the served `dist/`). Run one with `vitest run --project NAME`.
 */
export default defineConfig({
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
			},
			{
				extends: true,
				test: { name: 'build', include: ['tests/build/**/*.test.ts'], maxConcurrency: 2 },
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					// One browser at a time: the machine has two cores and Chromium wants both.
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
