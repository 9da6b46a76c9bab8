import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Root } from 'hast';
import { join } from 'node:path';

/** What became of one Markdown body: as written, as HTML, as a reader reads it. */
export interface BodyFile {
	/** The store entry's digest when the file was written: a page never shows a body its entry no longer has. */
	digest: string;
	/** The Markdown below the frontmatter, as the editors wrote it. */
	body: string;
	/** Rendered by the site's one Markdown pipeline. */
	html: string;
	/** The rendered text as a reader reads it (notes and permalinks aside): what annotation quotes are matched against. */
	text: string;
	/** The HTML as a tree, for a body that pages build on (a letter, a note, a claim: see markdown-pass.ts). */
	tree?: Root | undefined;
}

const fileOf = (dir: string, collection: string, id: string) => join(dir, collection, `${id}.json`);

/**
 * Writes one collection's bodies, a file per entry, and removes the files of entries that are gone. Each
 * file is written whole and then renamed into place, so a build running at the same time never reads half.
 */
export function writeBodyFiles(dir: string, collection: string, bodies: readonly ({ id: string } & BodyFile)[]): void {
	const folder = join(dir, collection);
	if (bodies.length > 0) mkdirSync(folder, { recursive: true });
	else if (!existsSync(folder)) return;
	for (const { id, ...file } of bodies) {
		const path = fileOf(dir, collection, id);
		const partial = `${path}.${process.pid}.partial`;
		writeFileSync(partial, JSON.stringify(file));
		renameSync(partial, path);
	}
	const written = new Set(bodies.map(({ id }) => `${id}.json`));
	for (const name of readdirSync(folder)) if (name.endsWith('.json') && !written.has(name)) rmSync(join(folder, name), { force: true });
}

/** One entry's body, as the content pipeline left it; `digest` is the store entry's, to refuse a stale file. */
export function readBodyFile(dir: string, collection: string, id: string, digest: string | number | undefined): BodyFile {
	const path = fileOf(dir, collection, id);
	let file: BodyFile;
	try {
		file = JSON.parse(readFileSync(path, 'utf8')) as BodyFile;
	} catch (error) {
		throw new Error(`${collection}/${id}: its rendered body (${path}) could not be read; build again. ${(error as Error).message}`);
	}
	if (digest !== undefined && String(digest) !== file.digest) {
		throw new Error(`${collection}/${id}: its rendered body (${path}) is from other content than the build's; build again`);
	}
	return file;
}
