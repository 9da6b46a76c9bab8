import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distFiles } from './dist.ts';
import { formatError, nuCheck, type NuReport } from './nu-checker.ts';

/** Every page and every style sheet of the site (Pagefind's bundle is not ours), as paths from here. */
const site = distFiles(['.html', '.css']).map((file) => relative(process.cwd(), file));

/**
 * Files with known faults, checked in the same run: they prove the checker ran, read HTML and CSS,
 * reports a fatal error, and that we place its messages on the right lines.
 */
const canaries = ['tests/fixtures/nu-checker/invalid.html', 'tests/fixtures/nu-checker/invalid.css'];

/**
 * CSS that vnu 26.9.27's style sheet checker does not know yet: anchor positioning, which sets the letter's
 * margin notes (letter.css; Chrome 125+, Safari 26), and the `top: max(anchor(…), …)` it reads as a parse error.
 * Skipped by message; the test fails once one no longer occurs, so the entry goes when the checker learns it.
 */
const unknownToChecker = [
	/CSS: “anchor-name”: Property “anchor-name” doesn't exist\.$/,
	/CSS: “anchor-scope”: Property “anchor-scope” doesn't exist\.$/,
	/\.css:\d+: CSS: “top”: Parse Error\.$/,
];

// One JVM for all files: starting Java once per page would take minutes. Run while the file loads, so
// a missing Java or a failed checker fails this file outright (no test is reported as skipped).
const report: NuReport = await nuCheck([...site, ...canaries]);

describe('the W3C Nu HTML Checker on dist/', () => {
	it('reads every page and style sheet, and the canaries', () => {
		expect(site.filter((file) => file.endsWith('.css')).length).toBeGreaterThan(0);
		expect(report.checked).toEqual([...site, ...canaries]);
	});

	it('finds the faults planted in the canaries, on their lines', () => {
		const found = report.errors.filter((error) => canaries.includes(error.file)).map(formatError);
		expect(found).toEqual([
			expect.stringMatching(
				/^tests\/fixtures\/nu-checker\/invalid\.html:8:\d+: The “aria-labelledby” attribute must not be specified on any “pre” element/,
			),
			expect.stringMatching(/^tests\/fixtures\/nu-checker\/invalid\.html:11:\d+: Stray start tag “script”\.$/),
			expect.stringMatching(/^tests\/fixtures\/nu-checker\/invalid\.html:11:\d+: Cannot recover after last error\./),
			expect.stringMatching(/^tests\/fixtures\/nu-checker\/invalid\.css:3:\d+: CSS: “colr”: Property “colr” doesn't exist\.$/),
		]);
	});

	it('finds no error in any page or style sheet', () => {
		const errors = report.errors.filter((error) => !canaries.includes(error.file)).map(formatError);
		const unknown = (error: string) => unknownToChecker.some((pattern) => pattern.test(error));
		expect(errors.filter((error) => !unknown(error)).join('\n'), `errors from the Nu HTML Checker`).toBe('');
		expect(
			unknownToChecker.filter((pattern) => !errors.some((error) => pattern.test(error))),
			'CSS the checker now knows: drop it from unknownToChecker',
		).toEqual([]);
	});
});
