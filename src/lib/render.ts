import type { CollectionEntry } from 'astro:content';
import type { Root } from 'hast';
import type { CollectionName } from '../collections.ts';
import { readBodyFile, type BodyFile } from '../pipeline/body-files.ts';
import type { StoredMetadata } from '../pipeline/load.ts';

/** Where the content loader left each body (src/pipeline/root.ts, set in astro.config.mjs). */
declare const __BODIES_DIR__: string;

type Entry = CollectionEntry<CollectionName>;

/** Bodies read so far, by entry and digest: a report's is read by its page, its open data and the search vocabulary. */
const read = new Map<string, BodyFile>();

/** An entry's body as the content pipeline left it: as written, its HTML and its text (see astro-loader.ts). */
function bodyFileOf(entry: Entry): BodyFile | undefined {
	if (!entry.rendered) return undefined;
	const key = `${entry.collection}/${entry.id}@${entry.digest}`;
	let file = read.get(key);
	if (!file) {
		file = readBodyFile(__BODIES_DIR__, entry.collection, entry.id, entry.digest);
		read.set(key, file);
	}
	return file;
}

/** An entry's body as the content pipeline rendered it (once, when it checked it). */
export const renderedHtml = (entry: Entry): string => bodyFileOf(entry)?.html ?? '';

/** An entry's body as a reader reads it (notes and permalinks aside): what annotation quotes are matched against. */
export const bodyText = (entry: Entry): string => bodyFileOf(entry)?.text ?? '';

/** An entry's body as written, the Markdown below its frontmatter. */
export const bodySource = (entry: Entry): string => bodyFileOf(entry)?.body ?? '';

/** What the content pipeline learnt of an entry's body while rendering it (see `StoredMetadata`). */
export function renderedMetadata(entry: Entry): StoredMetadata {
	const metadata = entry.rendered?.metadata as StoredMetadata | undefined;
	if (!metadata) throw new Error(`${entry.collection}/${entry.id} has no rendered body`);
	return metadata;
}

/** The HTML tree of a body that pages build on (a letter, a note, a claim), as the pipeline built it: a fresh copy, for code that changes it. */
export function bodyTree(entry: CollectionEntry<'letters' | 'annotations' | 'claims'>): Root {
	const tree = bodyFileOf(entry)?.tree;
	if (!tree) throw new Error(`${entry.collection}/${entry.id} has no HTML tree`);
	return structuredClone(tree);
}
