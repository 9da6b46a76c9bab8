import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatError } from '../../src/pipeline/errors.ts';
import { loadContent } from '../../src/pipeline/load.ts';
import { contentTree } from '../unit/check-fixtures.ts';
import { astroBuild, buildFolder, removeBuildFolder, snapshot, type BuildResult } from './fixture-build.ts';

/** A previous "site" in the output folder: bytes a failed build must leave exactly as they were. */
const previousSite: Record<string, string | Buffer> = {
	'index.html': '<!doctype html><title>The previous site</title>',
	'marker.txt': 'published by the previous build\n',
	'_astro/old.js': Buffer.from([0, 1, 2, 254, 255]),
};

interface Outcome {
	folder: string;
	dist: string;
	result: BuildResult;
	before: Record<string, Buffer>;
}

/**
 * Builds the valid fixture tree with the broken `kinds` laid over it (and `edit` done to it) into a folder that
 * holds the previous site.
 */
async function buildOver(name: string, kinds: string[], args: string[] = [], edit: (content: string) => void = () => {}): Promise<Outcome> {
	const folder = buildFolder(name);
	const dist = join(folder, 'dist');
	for (const [path, bytes] of Object.entries(previousSite)) {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), bytes);
	}
	const before = snapshot(dist);
	const content = contentTree(kinds, folder);
	edit(content);
	const result = await astroBuild(content, dist, args);
	return { folder, dist, result, before };
}

/**
 * The valid tree as editors' tools write it: a report saved with a byte-order mark and Windows line ends, and a
 * note whose quote spans a link ("sample letter" is link text in the letter; the quote runs on past the link's end).
 */
function asEditorsToolsWriteIt(content: string): void {
	const report = readFileSync(join(content, 'reports/sample-report.md'), 'utf8');
	writeFileSync(join(content, 'reports/sample-report.md'), `\uFEFF${report.replaceAll('\n', '\r\n')}`);
	const note = readFileSync(join(content, 'annotations/sample-annotation.md'), 'utf8');
	writeFileSync(join(content, 'annotations/sample-annotation.md'), note.replace('exact: sample letter', 'exact: "sample letter, which the Sample"'));
}

const outcomes: Outcome[] = [];
afterAll(() => {
	for (const { folder } of outcomes) removeBuildFolder(folder, join(folder, 'content'));
});

describe.each([
	{
		when: 'after its pages and search index were written (a later build step fails)',
		kinds: [],
		args: ['--config', 'tests/fixtures/failing-build/astro.config.mjs'],
		error: /a build step after rendering failed \(on purpose, for the test\)/,
		staged: true,
	},
	{
		when: 'at content sync (references to unknown ids)',
		kinds: ['unknown-references'],
		args: [],
		error:
			/content\/letters\/sample-letter\.md:6: sender: no entry "sample-ngoo" in organizations[\s\S]*5 content errors in 1 file; nothing was built\./,
		staged: false,
	},
])('a build that fails $when', ({ kinds, args, error, staged }) => {
	let outcome: Outcome;

	beforeAll(async () => {
		outcome = await buildOver(staged ? 'late-failure' : 'sync-failure', kinds, args);
		outcomes.push(outcome);
	}, 120_000);

	it('exits non-zero', () => {
		expect(outcome.result.code, outcome.result.output).not.toBe(0);
	});

	it('names the file and what is wrong in its error output', () => {
		expect(outcome.result.output).toMatch(error);
	});

	if (!staged) {
		// The in-process table (tests/unit/check-and-build-agree.test.ts) covers every kind; this is the real process.
		it('prints exactly what `npm run check` prints for the tree, and no stack trace', async () => {
			const expected = (await loadContent({ root: join(outcome.folder, 'content'), base: '/' })).errors.map(formatError);
			expect(expected.length).toBeGreaterThan(0);
			expect(outcome.result.output.split('\n').filter((line) => line.startsWith(outcome.folder))).toEqual(expected);
			expect(outcome.result.output).not.toMatch(/^\s+at /m);
			expect(outcome.result.output).not.toMatch(/Stack trace|RangeError|TypeError|Maximum call stack/);
		});
	}

	it('leaves the previous site in the output folder byte for byte', () => {
		expect(snapshot(outcome.dist)).toEqual(outcome.before);
	});

	it('leaves no staging folder behind once the process has exited', () => {
		// A build that fails while rendering has already written pages into its staging folder.
		if (staged) expect(outcome.result.output).toContain(`directory: ${outcome.folder}/.dist-staging-`);
		expect(readdirSync(outcome.folder).sort()).toEqual(['content', 'dist']);
	});
});

describe('a build that succeeds, of files as editors’ tools write them', () => {
	let outcome: Outcome;

	beforeAll(async () => {
		outcome = await buildOver('valid', [], [], asEditorsToolsWriteIt);
		outcomes.push(outcome);
	}, 120_000);

	it('exits 0', () => {
		expect(outcome.result.code, outcome.result.output).toBe(0);
	});

	it('replaces the output folder completely: no file of the previous site is left', () => {
		expect(existsSync(join(outcome.dist, 'marker.txt'))).toBe(false);
		expect(existsSync(join(outcome.dist, '_astro/old.js'))).toBe(false);
		expect(readFileSync(join(outcome.dist, 'index.html'), 'utf8')).not.toBe(previousSite['index.html']);
	});

	it('publishes the new site, search index included', () => {
		expect(existsSync(join(outcome.dist, 'letters/sample-letter/index.html'))).toBe(true);
		expect(existsSync(join(outcome.dist, 'pagefind/pagefind-entry.json'))).toBe(true);
	});

	it('reads a report saved with a byte-order mark and Windows line ends, and anchors a note whose quote spans a link', async () => {
		expect((await loadContent({ root: join(outcome.folder, 'content'), base: '/' })).errors, 'npm run check passes it').toEqual([]);
		const report = readFileSync(join(outcome.dist, 'reports/sample-report/index.html'), 'utf8');
		expect(report).not.toContain('\uFEFF');
		expect(report).toContain('A sample report');
		const letter = readFileSync(join(outcome.dist, 'letters/sample-letter/index.html'), 'utf8');
		expect(letter).toContain('data-annotation="sample-annotation"');
	});

	it('builds in a staging folder and leaves neither it nor the previous site beside the output folder', () => {
		expect(outcome.result.output).toContain(`directory: ${outcome.folder}/.dist-staging-`);
		expect(readdirSync(outcome.folder).sort()).toEqual(['content', 'dist']);
	});
});
