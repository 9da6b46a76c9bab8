import { parseFrontmatter } from 'astro/markdown';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { z } from 'zod';
import type { CollectionName } from '../../src/schemas/shared.ts';

/**
 * How each collection is stored, as its loader in `src/content.config.ts` reads it: `*.md` or
 * `*.{yaml,yml}`. Which schema checks it comes from `collectionSchemas` (src/schemas/index.ts).
 */
export const formats: Record<CollectionName, 'markdown' | 'yaml'> = {
	letters: 'markdown',
	reports: 'markdown',
	questions: 'markdown',
	cases: 'markdown',
	annotations: 'markdown',
	events: 'markdown',
	people: 'yaml',
	organizations: 'yaml',
	sources: 'yaml',
	glossary: 'yaml',
};

/** The entry files of a collection under `root` (none when the folder does not exist yet). */
export function entryFiles(root: string, collection: CollectionName): string[] {
	const dir = join(root, collection);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(md|ya?ml)$/.test(entry.name))
		.map((entry) => join(dir, entry.name))
		.sort();
}

/**
 * The data of an entry file exactly as Astro reads it. Its YAML data loader and its frontmatter parser
 * both call js-yaml 4's `load` (timestamps, merge keys): an unquoted `2015-02-02` is a Date, and an
 * impossible `2015-02-31` rolls over to March. `parseFrontmatter` is that parser, so read both through it.
 */
export function readEntryData(path: string): unknown {
	const source = readFileSync(path, 'utf8');
	return parseFrontmatter(extname(path) === '.md' ? source : `---\n${source}\n---\n`).frontmatter;
}

/** One problem, as an editor reads it: `authors.3.person: no entry "x" in people; known: …`. */
export interface Problem {
	path: string;
	message: string;
}

/** Parses `data` with `schema` and lists every problem (none when it is valid). */
export function problemsOf(schema: z.ZodType, data: unknown): Problem[] {
	const result = schema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
