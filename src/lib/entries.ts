import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { collections, type CollectionName } from '../collections.ts';
import { entryPath } from './routes.ts';

/** A resolved reference, ready to link: in lists of what a page names and of what mentions it. */
export interface EntryLink {
	collection: CollectionName;
	id: string;
	title: string;
	/** What the entry is, e.g. `Person`. */
	type: string;
	href: string;
	/** The thing's own date, for those that have one (see `dateOf`). */
	date?: string | undefined;
	/** How the title sorts, when not as written: a person's surname first. */
	sortName?: string | undefined;
}

/** The title readers see for any entry. */
function titleOf(entry: CollectionEntry<CollectionName>): string {
	const data = entry.data as { title?: string; label?: string; name?: string; term?: string };
	return data.title ?? data.label ?? data.name ?? data.term ?? entry.id;
}

/**
 * The date of the thing an entry is about: an event's, a letter's, a question's; for an attachment summary
 * the original's when known. Never the date we wrote something (a summary's `date`).
 */
function dateOf(entry: CollectionEntry<CollectionName>): string | undefined {
	if (entry.collection === 'reports') return (entry as CollectionEntry<'reports'>).data.originalDate;
	return (entry.data as { date?: string }).date;
}

/** A link to an entry. */
export function linkTo(entry: CollectionEntry<CollectionName>): EntryLink {
	const { collection, id } = entry;
	const date = dateOf(entry);
	const sortName = (entry.data as { sortName?: string }).sortName;
	return { collection, id, title: titleOf(entry), type: collections[collection].label, href: entryPath(collection, id), date, sortName };
}

/**
 * Resolves a reference to its entry. The content pipeline already checked that it exists,
 * so a miss here is a bug and fails the build.
 */
export async function resolve<C extends CollectionName>(ref: { collection: C; id: string }): Promise<CollectionEntry<C>> {
	const entry = await getEntry(ref.collection, ref.id);
	if (!entry) throw new Error(`Reference to a missing entry: ${ref.collection}/${ref.id}`);
	return entry as CollectionEntry<C>;
}

/** Resolves a list of references, keeping their order. */
export function resolveAll<C extends CollectionName>(refs: { collection: C; id: string }[]): Promise<CollectionEntry<C>[]> {
	return Promise.all(refs.map((ref) => resolve(ref)));
}

/** Resolves references to links, keeping their order. */
export async function linksTo(refs: { collection: CollectionName; id: string }[]): Promise<EntryLink[]> {
	return (await resolveAll(refs)).map(linkTo);
}

/** `getStaticPaths` for a collection's pages: one page per entry, at its id, with the entry as the `entry` prop. */
export async function entryPaths<C extends CollectionName>(collection: C) {
	return (await getCollection(collection)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
