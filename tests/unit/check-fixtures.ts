import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { ContentError } from '../../src/pipeline/errors.ts';

/** A small valid content tree: every collection, a letter with a footnote and an annotation. */
export const validTree = 'tests/fixtures/content';

/**
 * The broken-content corpus: one folder per kind of error, each holding the one file that differs
 * from the valid tree (laid over it: a file replaced, or one file added).
 */
export const brokenRoot = 'tests/fixtures/check';

/** The kinds of broken content, one per folder of the corpus. */
export const brokenKinds = readdirSync(brokenRoot).sort();

/** The files of a folder, relative to it, in a stable order. */
export function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
}

const tempFolders: string[] = [];

/** A fresh folder in the system's temp folder, removed by `removeTempFolders`. */
function tempFolder(): string {
	const folder = mkdtempSync(join(tmpdir(), 'odf-check-'));
	tempFolders.push(folder);
	return folder;
}

/** Removes the temp folders made so far (call it in `afterAll`). */
export function removeTempFolders(): void {
	for (const folder of tempFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/**
 * Copies the valid tree to `<parent>/content` (parent: a fresh temp folder unless given) and lays
 * the files of each broken `kind` over it. Returns the content folder, for CONTENT_DIR.
 */
export function contentTree(kinds: string[] = [], parent = tempFolder()): string {
	const root = join(parent, 'content');
	cpSync(validTree, root, { recursive: true });
	for (const kind of kinds) cpSync(join(brokenRoot, kind), root, { recursive: true });
	return root;
}

/** Writes `files` (path under the content root → text) to a fresh folder; returns that content root. */
export function writeTree(files: Record<string, string | Uint8Array>): string {
	const root = join(tempFolder(), 'content');
	// The folder exists even with no files in it, as an empty content folder would.
	mkdirSync(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

/** An error as an editor reads it, with paths (in the file and in the message) relative to `root`. */
export function relativeTo(root: string) {
	return (error: ContentError): ContentError => ({
		...error,
		file: relative(root, error.file),
		message: error.message.replaceAll(`${root}/`, ''),
	});
}
