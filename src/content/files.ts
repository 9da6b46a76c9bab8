import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { collectionNames, type CollectionName } from '../collections.ts';
import type { ContentError } from './errors.ts';

/** The largest content file read: a long report is a few megabytes. */
export const maxFileBytes = 16 * 1024 * 1024;

/** The names of entry files: Markdown or YAML (a file of the wrong one for its collection is reported later). */
const entryName = /\.(md|ya?ml)$/;

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

/**
 * Every entry file under `root/<collection>/`, collection by collection, in a stable order. Only regular
 * files that really live in those folders are read: a symbolic link (to a file or a folder), a device or
 * a pipe is an error naming it, and its target is never opened. Hidden files (editors' locks and
 * swap files) and other extensions are not entries and are left alone.
 */
export function readEntryFiles(root: string): { files: RawFile[]; errors: ContentError[] } {
	const files: RawFile[] = [];
	const errors: ContentError[] = [];
	const refuse = (path: string, message: string) => errors.push({ file: path, line: 1, field: 'file', message });
	for (const collection of collectionNames) {
		const dir = join(root, collection);
		const kind = kindOf(dir);
		if (kind === 'missing') continue; // a collection with no entries yet may have no folder (git keeps none)
		if (kind !== 'directory') {
			refuse(dir, `is ${describe(kind)}; expected the folder of the ${collection} collection`);
			continue;
		}
		for (const name of readdirSync(dir).filter((n) => !n.startsWith('.') && entryName.test(n)).sort()) {
			const read = readEntryFile(collection, join(dir, name));
			if ('error' in read) errors.push(read.error);
			else files.push(read);
		}
	}
	return { files, errors };
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
	kind === 'symlink' ? 'a symbolic link (its target was not read)' : kind === 'file' ? 'a file' : kind === 'directory' ? 'a folder' : 'a device, pipe or socket';

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
		if (stats.size > maxFileBytes) return { error: `is ${(stats.size / 1024 / 1024).toFixed(1)} MB; expected at most ${maxFileBytes / 1024 / 1024} MB` };
		const bytes = new Uint8Array(stats.size);
		for (let offset = 0; offset < bytes.length; ) {
			const read = readSync(fd, bytes, offset, bytes.length - offset, offset);
			if (read === 0) break;
			offset += read;
		}
		return { bytes };
	} finally {
		closeSync(fd);
	}
}
