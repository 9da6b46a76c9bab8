import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { collectionNames, entryExtensions, type CollectionName } from '../collections.ts';
import { distance } from '../search/spelling.ts';
import type { ContentError } from './errors.ts';
import { closest } from './unknown-id.ts';

/** The largest content file read: a long report is a few megabytes. */
const maxFileBytes = 16 * 1024 * 1024;

/** The names of entry files: Markdown or YAML (a file of the wrong one for its collection is reported later). */
const entryName = /\.(md|ya?ml)$/;

/** The publication's identity lives beside its collections: `<content>/site.yaml`. */
export const siteFileName = 'site.yaml';
/** The dated list of corrections, beside the collections (optional). */
export const correctionsFileName = 'corrections.yaml';
/** Addresses that went away and where their pages are now, beside the collections (optional). */
export const movedFileName = 'moved.yaml';
/** The files the content folder holds beside its collections' folders. */
const rootFileNames = [siteFileName, correctionsFileName, movedFileName];

/** One entry file, read as bytes from where it really lives. */
export interface RawFile {
	collection: CollectionName;
	/** The entry id: the file name without its extension. */
	id: string;
	/** Path as error messages print it: `<content root>/<collection>/<name>`. */
	path: string;
	extension: string;
	bytes: Uint8Array;
}

/** A file under the content folder that is not content by a documented rule (see `skipReason`). */
export interface SkippedFile {
	path: string;
	reason: string;
}

/**
 * Why a file or folder is never content, or undefined: what editors' machines leave beside the files they
 * edit. Hidden files (`.DS_Store`, Vim's `.x.md.swp`, Emacs's lock `.#x.md`, `.git`), backups (`x.md~`,
 * `x.md.bak`, a merge tool's `x.md.orig`), Emacs's autosaves (`#x.md#`) and Windows' folder files
 * (`Thumbs.db`, `desktop.ini`).
 */
function skipReason(name: string): string | undefined {
	if (name.startsWith('.')) return 'a hidden file';
	if (name.endsWith('~') || /\.(bak|orig)$/i.test(name)) return "an editor's backup";
	if (/^#.*#$/.test(name)) return "an editor's autosave";
	if (name === 'Thumbs.db' || name === 'desktop.ini') return 'a Windows folder file';
	return undefined;
}

/**
 * Every entry file under `root/<collection>/`, collection by collection, in a stable order. Every other
 * name under the content folder is either skipped by `skipReason` (and listed in `skipped`) or an error
 * that says what was probably meant (`peoples/` → `people/`, `x.MD` → `x.md`): no file is lost silently.
 * Only regular files that really live in those folders are read: a symbolic link (to a file or a folder),
 * a device or a pipe is an error naming it, and its target is never opened.
 */
export function readEntryFiles(root: string): { files: RawFile[]; errors: ContentError[]; skipped: SkippedFile[] } {
	const files: RawFile[] = [];
	const errors: ContentError[] = [];
	const skipped: SkippedFile[] = [];
	const refuse = (path: string, message: string) => errors.push({ file: path, line: 1, field: 'file', message });
	/** The names in a folder that may be content; the others are listed as skipped. */
	const namesIn = (dir: string) =>
		readdirSync(dir)
			.sort()
			.filter((name) => {
				const reason = skipReason(name);
				if (reason) skipped.push({ path: join(dir, name), reason });
				return !reason;
			});
	if (kindOf(root) !== 'directory') return { files, errors, skipped };
	const known = new Set<string>([...rootFileNames, ...collectionNames]);
	for (const name of namesIn(root).filter((name) => !known.has(name))) refuse(join(root, name), notContentMessage(name, kindOf(join(root, name))));
	for (const collection of collectionNames) {
		const dir = join(root, collection);
		const kind = kindOf(dir);
		if (kind === 'missing') continue; // a collection with no entries yet may have no folder (git keeps none)
		if (kind !== 'directory') {
			refuse(dir, `is ${describe(kind)}; expected the folder of the ${collection} collection`);
			continue;
		}
		for (const name of namesIn(dir)) {
			if (!entryName.test(name)) {
				refuse(join(dir, name), notEntryMessage(collection, name, kindOf(join(dir, name))));
				continue;
			}
			const read = readEntryFile(collection, join(dir, name));
			if ('error' in read) errors.push(read.error);
			else files.push(read);
		}
	}
	return { files, errors, skipped };
}

/** What a name at the top of the content folder should have been: one of its files or a collection's folder. */
function notContentMessage(name: string, kind: Kind): string {
	const candidates = kind === 'directory' ? collectionNames : [...rootFileNames, ...collectionNames];
	const [guess] = closest(name.toLowerCase(), candidates, 1);
	const expected = `expected ${rootFileNames.join(', ')} and the folders ${[...collectionNames].sort().join(', ')}`;
	const what = kind === 'directory' ? 'is not a collection folder, so nothing in it is published' : 'is not a content file';
	return guess && distance(name.toLowerCase(), guess, 3) <= 3 ? `${what}; did you mean "${guess}"? (${expected})` : `${what}; ${expected}`;
}

/** What a file in a collection's folder should have been called: its id with the collection's extension. */
function notEntryMessage(collection: CollectionName, name: string, kind: Kind): string {
	const extension = entryExtensions(collection)[0]!;
	if (kind === 'directory') return `is a folder; ${collection} entries are ${extension} files directly in the ${collection} folder`;
	const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
	// `x.md.txt` was meant as `x.md`, not `x.md.md`.
	const meant = stem.toLowerCase().endsWith(extension) ? `${stem.slice(0, -extension.length)}${extension}` : `${stem}${extension}`;
	return `is not read: ${collection} entries are ${extension} files; did you mean "${meant}"?`;
}

/** Reads one entry file of a collection, refusing anything but a regular file (see `readEntryFiles`). */
export function readEntryFile(collection: CollectionName, path: string): RawFile | { error: ContentError } {
	const read = readContentFile(path);
	if ('error' in read) return read;
	const extension = extname(path);
	return { collection, id: basename(path, extension), path, extension, bytes: read.bytes };
}

/** Reads one file of the content folder as bytes, refusing anything but a regular file of a sane size. */
export function readContentFile(path: string): { bytes: Uint8Array } | { error: ContentError } {
	const read = readRegularFile(path);
	return 'error' in read ? { error: { file: path, line: 1, field: 'file', message: read.error } } : read;
}

type Kind = 'missing' | 'directory' | 'file' | 'symlink' | 'other';

function kindOf(path: string): Kind {
	try {
		const stats = lstatSync(path);
		return stats.isSymbolicLink() ? 'symlink' : stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other';
	} catch {
		return 'missing';
	}
}

const describe = (kind: Kind) =>
	kind === 'symlink'
		? 'a symbolic link (its target was not read)'
		: kind === 'file'
			? 'a file'
			: kind === 'directory'
				? 'a folder'
				: 'a device, pipe or socket';

/**
 * Opens a path without following a symbolic link (O_NOFOLLOW) and without waiting on a pipe (O_NONBLOCK),
 * then checks on the open file itself that it is a regular file of a sane size before reading it.
 */
function readRegularFile(path: string): { bytes: Uint8Array } | { error: string } {
	const kind = kindOf(path);
	if (kind === 'missing') return { error: 'is missing' };
	if (kind !== 'file') return { error: `is ${describe(kind)}; content files must be regular files inside the content folder` };
	let fd: number;
	try {
		fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
	} catch (error) {
		return { error: `cannot be opened (${(error as NodeJS.ErrnoException).code}); content files must be regular files inside the content folder` };
	}
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile()) return { error: 'is not a regular file; content files must be regular files inside the content folder' };
		if (stats.size > maxFileBytes)
			return { error: `is ${(stats.size / 1024 / 1024).toFixed(1)} MB; expected at most ${maxFileBytes / 1024 / 1024} MB` };
		const bytes = new Uint8Array(stats.size);
		for (let offset = 0; offset < bytes.length;) {
			const read = readSync(fd, bytes, offset, bytes.length - offset, offset);
			if (read === 0) break;
			offset += read;
		}
		return { bytes };
	} finally {
		closeSync(fd);
	}
}
