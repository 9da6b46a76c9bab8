import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { collections, type CollectionName } from '../../src/collections.ts';
import { idsIn, type IdsOf } from '../../src/pipeline/checks.ts';
import { parseEntryFile, type EntryFile } from '../../src/pipeline/entry-file.ts';
import { readEntryFile, readEntryFiles } from '../../src/pipeline/files.ts';
import { editorErrors } from '../../src/schemas/editor-errors.ts';

/** The entry files of a collection under `root` (none when the folder does not exist yet). */
export function entryFiles(root: string, collection: CollectionName): string[] {
	const dir = join(root, collection);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(md|ya?ml)$/.test(entry.name))
		.map((entry) => join(dir, entry.name))
		.sort();
}

/** An entry file read and parsed exactly as the content pipeline reads it (its collection is its folder's name). */
export function readEntry(path: string): EntryFile {
	const raw = readEntryFile(basename(dirname(path)) as CollectionName, path);
	if ('error' in raw) throw new Error(`${path}: ${raw.error.message}`);
	return parseEntryFile(raw);
}

/** The data of an entry file, as the pipeline reads it: YAML 1.2, dates left as written. */
export function readEntryData(path: string): unknown {
	return readEntry(path).data;
}

/** The ids of every collection under a content root. */
export function idsUnder(root: string): IdsOf {
	return idsIn(readEntryFiles(root).files.map(parseEntryFile));
}

/** How each collection is stored, from the registry. */
export const formatOf = (collection: CollectionName) => collections[collection].format;

/** One problem, as an editor reads it: `authors.3.person: no entry "x" in people; known: …`. */
export interface Problem {
	path: string;
	message: string;
}

/** Parses `data` with `schema`, with the messages editors see, and lists every problem (none when it is valid). */
export function problemsOf(schema: z.ZodType, data: unknown): Problem[] {
	const result = schema.safeParse(data, { error: editorErrors });
	if (result.success) return [];
	return result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
