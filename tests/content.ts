import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { companionDir } from '../scripts/lib/content-set.ts';
import { pagePath, type CollectionName } from '../src/collections.ts';
import { loadContent, type LoadedEntry } from '../src/pipeline/load.ts';
import { contentRoot } from '../src/pipeline/root.ts';
import { featuredOf, newestFirst } from '../src/lib/letter-order.ts';

/**
 * The content the site under test was built from (CONTENT_DIR, as in astro.config.mjs), read by the
 * build's own loader. Build-output and browser tests take the pages they check from here, never from a
 * list of ids: the same tests run on the real content and on the fictional set in tests/fixtures/letters.
 */
export const contentDir = resolve(contentRoot);

/** What the tests keep beside the content set: the letters as received, the search judgments. */
export const testDataDir = companionDir(contentDir);

const loaded = await loadContent({ root: contentDir, base: '/' });
if (loaded.errors.length > 0 || !loaded.site) {
	throw new Error(
		`${contentDir} does not pass the content checks: run \`npm run check\`.\n${loaded.errors.map((e) => `${e.file}:${e.line}: ${e.field}: ${e.message}`).join('\n')}`,
	);
}

/** Every entry of every collection, as the build validated it (references as `{ collection, id }`). */
export const entries: Record<CollectionName, LoadedEntry[]> = loaded.entries;

/** The publication's identity (`site.yaml`). */
export const site = loaded.site;

/** The corrections published (`corrections.yaml`; none without the file). */
export const corrections = loaded.corrections;

/** The addresses that went away and where their pages are now (`moved.yaml`; none without the file). */
export const moved = loaded.moved;

/** The ids of a collection's entries, sorted. */
export function idsOf(collection: CollectionName): string[] {
	return entries[collection].map((entry) => entry.id).sort();
}

/** One entry's validated fields; fails loudly when the content has no such entry. */
export function dataOf(collection: CollectionName, id: string): Record<string, unknown> {
	const entry = entries[collection].find((e) => e.id === id);
	if (!entry) throw new Error(`no entry "${id}" in ${collection} of ${contentDir}`);
	return entry.data;
}

interface Reference {
	collection: CollectionName;
	id: string;
}

/** The letters, newest first, as the site lists them. */
const letters = newestFirst(entries.letters);
export const letterIds: string[] = letters.map((entry) => entry.id);

/** The letter the home page leads with: the configured one, or the newest. */
export const featuredLetterId: string = featuredOf(letters, (site.featuredLetter as Reference | undefined)?.id)!.id;

/** The path of an entry's page below the base, e.g. `/people/jane-doe/`. */
export const pageOf = (collection: CollectionName, id: string): string => `/${pagePath(collection, id)}`;

/** The letter's text as the sender sent it, kept byte for byte beside the content set, if there is one. */
export function receivedTextOf(letterId: string): { path: string; text: string } | undefined {
	const path = join(testDataDir, 'received', `${letterId}.txt`);
	return existsSync(path) ? { path, text: readFileSync(path, 'utf8') } : undefined;
}

/** The entities a Markdown entry links in its body (`person:…`, `question:…`), in order of first mention. */
export function mentionsOf(collection: CollectionName, id: string): Reference[] {
	const entry = entries[collection].find((e) => e.id === id);
	return (entry?.rendered?.metadata.mentions ?? []) as Reference[];
}
