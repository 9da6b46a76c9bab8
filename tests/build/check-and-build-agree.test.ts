import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenKinds, contentTree } from '../unit/check-fixtures.ts';
import { astroBuild, buildFolder, projectRoot, removeBuildFolder } from './fixture-build.ts';

/**
 * `npm run check` and `npm run build` are one pipeline: on every kind of broken content they give the same
 * verdict and the same `file:line: field: message` lines, the build never shows an editor a stack trace,
 * and it writes nothing. Each case is a content tree: the valid fixture tree with one kind of damage.
 */

const folders: string[] = [];
afterAll(() => {
	for (const folder of folders) removeBuildFolder(folder, join(folder, 'content'));
});

/** A fresh folder holding `content/` (the valid tree with `kinds` laid over it, then `damage` done to it). */
function tree(kinds: string[], damage: (content: string) => void = () => {}): string {
	const folder = buildFolder('agree');
	folders.push(folder);
	const content = contentTree(kinds, folder);
	damage(content);
	return folder;
}

/** The errors printed by either command, with the tree's path taken out: `content/x.md:3: field: message`. */
function errorLines(output: string, folder: string): string[] {
	return output
		.split('\n')
		.filter((line) => line.startsWith(folder))
		.map((line) => line.replace(`${folder}/`, ''));
}

async function check(folder: string): Promise<{ code: number; output: string }> {
	const script = join(projectRoot, 'scripts/check-content.ts');
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, [script], { cwd: projectRoot, env: { ...process.env, CONTENT_DIR: join(folder, 'content') } });
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, output: stdout + stderr };
	}
}

/** Damage that git cannot carry in a fixture folder, done to the tree when the test runs. */
const madeOnDisk: Record<string, (content: string) => void> = {
	'symlink-to-outside-file': (content) => {
		const outside = join(content, '..', 'outside.md');
		writeFileSync(outside, readFileSync(join(content, 'reports/sample-report.md')));
		symlinkSync(outside, join(content, 'reports/linked-report.md'));
	},
	'symlink-to-system-file': (content) => symlinkSync('/etc/hostname', join(content, 'people/host.yaml')),
	'symlinked-collection-folder': (content) => {
		const outside = join(content, '..', 'glossary-elsewhere');
		renameSync(join(content, 'glossary'), outside);
		symlinkSync(outside, join(content, 'glossary'));
	},
	'named-pipe': (content) => execFileSync('mkfifo', [join(content, 'reports/pipe.md')]),
	'nul-byte': (content) => writeFileSync(join(content, 'people/john-roe.yaml'), 'name: John\u0000Roe\nsortName: Roe, John\ndescription: x\n'),
};

const cases = [
	...brokenKinds.map((kind) => ({ kind, make: () => tree([kind]) })),
	...Object.entries(madeOnDisk).map(([kind, damage]) => ({ kind, make: () => tree([], damage) })),
];

// Two cases at a time (vitest's maxConcurrency for the build project): most of a failing build is Astro starting.
describe.concurrent('npm run check and the build agree on broken content', () => {
	it.each(cases)('$kind: the same verdict and the same file:line messages, no stack trace, nothing written', async ({ make }) => {
		const folder = make();
		const checked = await check(folder);
		const built = await astroBuild(join(folder, 'content'), join(folder, 'dist'));
		const expected = errorLines(checked.output, folder);
		expect(checked.code, checked.output).toBe(1);
		expect(expected.length, checked.output).toBeGreaterThan(0);
		expect(built.code, built.output).not.toBe(0);
		expect(errorLines(built.output, folder)).toEqual(expected);
		expect(built.output).toMatch(/\d+ content errors? in \d+ files?; nothing was built\./);
		expect(built.output).not.toMatch(/^\s+at /m);
		expect(built.output).not.toMatch(/Stack trace|RangeError|TypeError|Maximum call stack/);
		expect(existsSync(join(folder, 'dist'))).toBe(false);
	}, 60_000);
});

describe('files as editors’ tools write them', () => {
	it('builds a report saved with a byte-order mark and Windows line ends, and a note whose quote spans a link', async () => {
		const folder = tree([], (content) => {
			const report = readFileSync(join(content, 'reports/sample-report.md'), 'utf8');
			writeFileSync(join(content, 'reports/sample-report.md'), `\uFEFF${report.replaceAll('\n', '\r\n')}`);
			const note = readFileSync(join(content, 'annotations/sample-annotation.md'), 'utf8');
			// "sample letter" is link text in the letter; the quote runs on past the link's end.
			writeFileSync(join(content, 'annotations/sample-annotation.md'), note.replace('exact: sample letter', 'exact: "sample letter, which the Sample"'));
		});
		expect((await check(folder)).code).toBe(0);
		const built = await astroBuild(join(folder, 'content'), join(folder, 'dist'));
		expect(built.code, built.output).toBe(0);
		const report = readFileSync(join(folder, 'dist/reports/sample-report/index.html'), 'utf8');
		expect(report).not.toContain('\uFEFF');
		expect(report).toContain('A sample report');
		const letter = readFileSync(join(folder, 'dist/letters/sample-letter/index.html'), 'utf8');
		expect(letter).toContain('data-annotation="sample-annotation"');
	}, 120_000);
});
