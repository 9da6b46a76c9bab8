import type { LoaderContext } from 'astro/loaders';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { collectionNames, collections, type CollectionName } from '../../src/collections.ts';
import { contentLoader } from '../../src/pipeline/astro-loader.ts';
import { ContentCheckError, formatError } from '../../src/pipeline/errors.ts';
import { loadContent } from '../../src/pipeline/load.ts';
import { bodiesDirOf, cacheDirOf } from '../../src/pipeline/root.ts';
import { brokenKinds, contentTree, removeTempFolders } from './check-fixtures.ts';

/**
 * `npm run check` and `npm run build` are one pipeline: on every kind of broken content the build's loader
 * (what `astro build` runs at content sync, called here in-process) gives the check's verdict and prints the
 * check's `file:line: field: message` lines, once, then stops with a count and no stack trace, having stored
 * nothing. One real build of broken content (tests/build/atomic-build.test.ts) shows what Astro prints of
 * it and that no output folder is left behind.
 */

afterAll(removeTempFolders);

/** What `npm run check` prints for a content folder (scripts/check-content.ts): one line per error. */
async function checkLines(root: string): Promise<string[]> {
	return (await loadContent({ root, base: '/' })).errors.map(formatError);
}

/** What the build does at content sync: every collection's loader on the folder, with what each printed, threw, stored and wrote as body files. */
async function syncAsBuild(root: string): Promise<{ printed: string[]; thrown: unknown[]; stored: string[]; bodyFiles: string[] }> {
	const bodiesDir = bodiesDirOf(cacheDirOf(root));
	const printed: string[] = [];
	const stored: string[] = [];
	const print = vi.spyOn(console, 'error').mockImplementation((line: unknown) => void printed.push(String(line)));
	const quiet = () => {};
	try {
		const results = await Promise.allSettled(
			collectionNames.map((collection) => {
				const context = {
					collection,
					store: { clear: quiet, set: (entry: { id: string }) => void stored.push(`${collection}/${entry.id}`) },
					config: { base: '/' },
					logger: { info: quiet, warn: quiet, error: quiet, debug: quiet },
					generateDigest: (value: unknown) => String(value).length.toString(36),
				} as unknown as LoaderContext;
				return contentLoader(collection, root).load(context);
			}),
		);
		const bodyFiles = existsSync(bodiesDir)
			? readdirSync(bodiesDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json'))
			: [];
		return { printed, thrown: results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : [])), stored, bodyFiles };
	} finally {
		print.mockRestore();
		rmSync(cacheDirOf(root), { recursive: true, force: true });
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

/** Each broken tree: the valid fixture tree with one kind of damage (tests/fixtures/check/<kind>, or done on disk). */
const cases = [
	...brokenKinds.map((kind) => ({ kind, make: () => contentTree([kind]) })),
	...Object.entries(madeOnDisk).map(([kind, damage]) => ({
		kind,
		make: () => {
			const root = contentTree();
			damage(root);
			return root;
		},
	})),
];

describe('npm run check and the build agree on broken content', () => {
	it('the loader stores every entry of the valid tree, and prints nothing', async () => {
		const root = contentTree();
		const built = await syncAsBuild(root);
		expect(built.thrown).toEqual([]);
		expect(built.printed).toEqual([]);
		expect(built.stored.length).toBeGreaterThan(10);
		// Each Markdown body in a file of its own beside the store, and none other.
		const markdown = built.stored.filter((ref) => collections[ref.split('/')[0] as CollectionName].format === 'markdown');
		expect(built.bodyFiles.sort()).toEqual(markdown.map((ref) => `${ref}.json`).sort());
		expect(await checkLines(root)).toEqual([]);
	});

	it.each(cases)('$kind: the same verdict and the same file:line messages, printed once, no stack trace, nothing stored', async ({ make }) => {
		const root = make();
		const expected = await checkLines(root);
		expect(expected.length, 'the check refuses the tree').toBeGreaterThan(0);
		expect(
			expected.every((line) => line.startsWith(`${dirname(root)}/content/`)),
			expected.join('\n'),
		).toBe(true);
		const built = await syncAsBuild(root);
		expect(built.printed).toEqual(expected);
		// Every collection's loader stops the build alike, with the count and no stack for Astro to print.
		expect(built.thrown).toHaveLength(collectionNames.length);
		for (const error of built.thrown) {
			expect(error).toBeInstanceOf(ContentCheckError);
			const { message, stack } = error as ContentCheckError;
			expect(message).toMatch(/^\d+ content errors? in \d+ files?; nothing was built\.$/);
			expect(stack).toBe('');
		}
		expect(built.printed.join('\n')).not.toMatch(/^\s+at |Stack trace|RangeError|TypeError|Maximum call stack/m);
		expect(built.stored).toEqual([]);
		expect(built.bodyFiles).toEqual([]);
	});
});
