import { getCollection, type CollectionEntry } from 'astro:content';
import type { CollectionName } from '../schemas/shared.ts';
import { documentTypes } from './document-types.ts';
import { entryPath } from './routes.ts';

export { documentTypes } from './document-types.ts';

/** Collections whose entries can mention or cite other entries (every page but a source's own). */
export const documentCollections = ['letters', 'reports', 'questions', 'cases', 'events', 'annotations', 'people', 'organizations'] as const;
type DocumentCollection = (typeof documentCollections)[number];

/** A link to a document, as lists of backlinks show it. */
export interface DocumentLink {
	collection: DocumentCollection;
	id: string;
	title: string;
	type: string;
	href: string;
	date?: string | undefined;
}

/** The title readers see for any entry. */
export function titleOf(entry: CollectionEntry<CollectionName>): string {
	const data = entry.data as { title?: string; label?: string; name?: string };
	return data.title ?? data.label ?? data.name ?? entry.id;
}

function linkTo(entry: CollectionEntry<DocumentCollection>): DocumentLink {
	const data = entry.data as { date?: string };
	const href = entryPath(entry.collection, entry.id);
	return { collection: entry.collection, id: entry.id, title: titleOf(entry), type: documentTypes[entry.collection], href, date: data.date };
}

/** Every `{ collection, id }` reference anywhere in an entry's data. */
function* referencesIn(value: unknown): Generator<{ collection: string; id: string }> {
	if (Array.isArray(value)) {
		for (const item of value) yield* referencesIn(item);
	} else if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (typeof record.collection === 'string' && typeof record.id === 'string' && Object.keys(record).length === 2) {
			yield { collection: record.collection, id: record.id };
			return;
		}
		for (const item of Object.values(record)) yield* referencesIn(item);
	}
}

/** Links in the Markdown body, recorded by remark-entity-links at render time. */
function bodyMentions(entry: CollectionEntry<DocumentCollection>): { collection: string; id: string }[] {
	const frontmatter = entry.rendered?.metadata?.frontmatter as { mentions?: { collection: string; id: string }[] } | undefined;
	return frontmatter?.mentions ?? [];
}

/** What a document mentions, in order of first mention, without repeats and without itself. */
export function mentionsOf(entry: CollectionEntry<DocumentCollection>): { collection: CollectionName; id: string }[] {
	const seen = new Set<string>([`${entry.collection}/${entry.id}`]);
	const out: { collection: CollectionName; id: string }[] = [];
	for (const ref of [...bodyMentions(entry), ...referencesIn(entry.data)]) {
		const key = `${ref.collection}/${ref.id}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(ref as { collection: CollectionName; id: string });
	}
	return out;
}

let index: Promise<Map<string, DocumentLink[]>> | undefined;

/** Builds, once per build, the map from `collection/id` to the documents that mention it. */
function buildIndex(): Promise<Map<string, DocumentLink[]>> {
	index ??= (async () => {
		const map = new Map<string, DocumentLink[]>();
		for (const collection of documentCollections) {
			for (const entry of await getCollection(collection)) {
				for (const ref of mentionsOf(entry)) {
					const key = `${ref.collection}/${ref.id}`;
					const list = map.get(key) ?? [];
					list.push(linkTo(entry));
					map.set(key, list);
				}
			}
		}
		for (const list of map.values()) list.sort((a, b) => a.type.localeCompare(b.type) || a.title.localeCompare(b.title));
		return map;
	})();
	return index;
}

/** The documents that mention an entry, in its body links or its references. Computed, never typed by hand. */
export async function backlinksTo(collection: CollectionName, id: string): Promise<DocumentLink[]> {
	return (await buildIndex()).get(`${collection}/${id}`) ?? [];
}
