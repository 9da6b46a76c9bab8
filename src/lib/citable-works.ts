import { getCollection, type CollectionEntry } from 'astro:content';
import { collections } from '../collections.ts';
import {
	authorOf,
	citable,
	citableCollections,
	editors,
	type Citable,
	type CitableCollection,
	type CitableWork,
	type CitationFormat,
} from './citation.ts';
import { resolve } from './entries.ts';
import { entryPath } from './routes.ts';
import { site as publication } from './site.ts';

/**
 * The work as it is cited from its page on this site (`site` is Astro's): the one address that the page's
 * citation meta, its "Cite this" and its citation files all give.
 */
export const citedFromItsPage = (work: CitableWork, site: URL | undefined): Citable =>
	citable(work, new URL(entryPath(work.collection, work.id), site).href, publication.publisher);

/** Where a citation file of the work is: beside its page (src/pages/[collection]/[id]/citation.[format].ts). */
export const citationFilePath = (work: CitableWork, format: CitationFormat): string => `${entryPath(work.collection, work.id)}citation.${format}`;

/** What a page of a citable collection cites: the same work for its "Cite this", its meta and its citation files. */
export async function citableWork(entry: CollectionEntry<CitableCollection>): Promise<CitableWork> {
	switch (entry.collection) {
		case 'letters': {
			const { data } = entry;
			const signatories = await Promise.all(data.signatories.map((s) => resolve(s.person)));
			return {
				collection: entry.collection,
				id: entry.id,
				title: data.title,
				// Who signed it, as styles cite a person; the organisation when no one did.
				authors:
					signatories.length > 0
						? signatories.map((person) => authorOf(person.data.sortName))
						: [{ literal: (await resolve(data.sender)).data.name }],
				date: data.date,
				type: 'letter',
				recipient: (await resolve(data.addressee.person)).data.name,
			};
		}
		case 'reports':
			return { collection: entry.collection, id: entry.id, title: entry.data.title, authors: [editors], date: entry.data.date, type: 'report' };
		case 'questions': {
			const { data } = entry;
			// The question's authors as the page names them; an unknown date stays unknown.
			const authors = await Promise.all(
				data.authors.map(async (a) => ({ literal: (a.person ? (await resolve(a.person)).data.name : a.name) ?? '' })),
			);
			return {
				collection: entry.collection,
				id: entry.id,
				title: questionTitle(entry),
				authors: authors.filter((a) => a.literal),
				date: data.date,
				type: 'document',
				genre: collections.questions.label,
			};
		}
		case 'annotations':
			// A note carries no date of its own: its citation says so rather than borrow the letter's.
			return {
				collection: entry.collection,
				id: entry.id,
				title: entry.data.title,
				authors: [editors],
				type: 'webpage',
				genre: collections.annotations.label,
			};
	}
}

/** A written question's title: a reference alone says nothing of what was asked, so the title carries the subject (or our label when it is unknown). */
export function questionTitle({ data }: CollectionEntry<'questions'>): string {
	return data.reference ? `${collections.questions.label} ${data.reference}: ${data.title ?? data.label}` : data.label;
}

/** Every entry a reader may cite, with its collection. */
export async function citableEntries(): Promise<CollectionEntry<CitableCollection>[]> {
	return (await Promise.all(citableCollections.map((collection) => getCollection(collection)))).flat();
}
