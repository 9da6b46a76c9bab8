import { getCollection, type CollectionEntry } from 'astro:content';
import type { CollectionName } from '../collections.ts';
import { linkTo, type EntryLink } from './entries.ts';
import { byDateThenName } from './order.ts';

/** Collections whose entries can mention or cite other entries (every page but a source's or a term's own). */
const documentCollections = ['letters', 'reports', 'questions', 'cases', 'events', 'annotations', 'people', 'organizations'] as const;
type DocumentCollection = (typeof documentCollections)[number];

type Ref = { collection: CollectionName; id: string };

/** Every `{ collection, id }` reference anywhere in an entry's data. */
function* referencesIn(value: unknown): Generator<Ref> {
	if (Array.isArray(value)) {
		for (const item of value) yield* referencesIn(item);
	} else if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (typeof record.collection === 'string' && typeof record.id === 'string' && Object.keys(record).length === 2) {
			yield record as Ref;
			return;
		}
		for (const item of Object.values(record)) yield* referencesIn(item);
	}
}

/** Links in the Markdown body, recorded by remark-entity-links when the content pipeline rendered it. */
function bodyMentions(entry: CollectionEntry<DocumentCollection>): Ref[] {
	return (entry.rendered?.metadata?.mentions as Ref[] | undefined) ?? [];
}

/** What a document mentions, in order of first mention, without repeats and without itself. */
export function mentionsOf(entry: CollectionEntry<DocumentCollection>): Ref[] {
	const seen = new Set<string>([`${entry.collection}/${entry.id}`]);
	const out: Ref[] = [];
	for (const ref of [...bodyMentions(entry), ...referencesIn(entry.data)]) {
		const key = `${ref.collection}/${ref.id}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(ref);
	}
	return out;
}

let index: Promise<Map<string, EntryLink[]>> | undefined;

/** Builds, once per build, the map from `collection/id` to the documents that mention it. */
function buildIndex(): Promise<Map<string, EntryLink[]>> {
	index ??= (async () => {
		const map = new Map<string, EntryLink[]>();
		for (const collection of documentCollections) {
			for (const entry of await getCollection(collection)) {
				const link = linkTo(entry);
				for (const ref of mentionsOf(entry)) {
					const key = `${ref.collection}/${ref.id}`;
					const list = map.get(key) ?? [];
					list.push(link);
					map.set(key, list);
				}
			}
		}
		for (const list of map.values()) list.sort(byDateThenName);
		return map;
	})();
	return index;
}

/** The documents that mention an entry, in its body links or its references. Computed, never typed by hand. */
export async function backlinksTo(collection: CollectionName, id: string): Promise<EntryLink[]> {
	return (await buildIndex()).get(`${collection}/${id}`) ?? [];
}

/** The sources an entry lists that its text does not already cite (in its footnotes): each source once per page. */
export function uncitedSources(entry: CollectionEntry<DocumentCollection>, sources: { collection: 'sources'; id: string }[]) {
	const cited = new Set(
		bodyMentions(entry)
			.filter((ref) => ref.collection === 'sources')
			.map((ref) => ref.id),
	);
	return sources.filter((source) => !cited.has(source.id));
}
