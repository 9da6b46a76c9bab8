import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { CollectionName } from '../schemas/shared.ts';
import { documentTypes, titleOf } from './documents.ts';
import { entryPath, withBase } from './routes.ts';

/** A resolved reference, ready to link. */
export interface EntryLink {
	collection: CollectionName;
	id: string;
	title: string;
	type: string;
	href: string;
}

/**
 * Resolves a reference to its entry. The schemas already checked that it exists,
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
export async function linksTo(refs: { collection: string; id: string }[]): Promise<EntryLink[]> {
	return Promise.all(
		refs.map(async (ref) => {
			const collection = ref.collection as CollectionName;
			const entry = await resolve({ collection, id: ref.id });
			const href = collection === 'glossary' ? withBase(`glossary/#${ref.id}`) : entryPath(collection, ref.id);
			return { collection, id: ref.id, title: titleOf(entry), type: documentTypes[collection], href };
		}),
	);
}

/** `getStaticPaths` for a collection's pages: one page per entry, at its id, with the entry as the `entry` prop. */
export async function entryPaths<C extends CollectionName>(collection: C) {
	return (await getCollection(collection)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
