import { dirname, join, resolve } from 'node:path';

/**
 * Where the files kept beside a content set live: the letters as received (`received/<letter-id>.txt`)
 * and the search judgments (`search-judgments.json`). A fixture set keeps them in its own folder, next
 * to its `content/`; the real content's are in tests/fixtures/seed/, so that `content/` holds content only.
 */
export function companionDir(contentDir: string): string {
	const folder = resolve(contentDir);
	return folder === resolve('content') ? resolve('tests/fixtures/seed') : dirname(folder);
}

/** The search judgments kept for a content folder (see companionDir). */
export const judgmentsFileOf = (contentDir: string): string => join(companionDir(contentDir), 'search-judgments.json');
