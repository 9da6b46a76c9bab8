import type { CollectionEntry } from 'astro:content';
import { withAbsoluteLinks } from './absolute-links.ts';
import { claimKindLabels, claimStatuses } from '../schemas/claim.ts';
import { resolveAll } from './entries.ts';
import { annotatedLetter } from './letter-annotations.ts';
import { bodyTree } from './render.ts';
import { entryPath } from './routes.ts';
import { annotationCollection, type AnnotationInput } from './web-annotation.ts';

/**
 * The claims and requests of some letters as one W3C AnnotationCollection (`claims.jsonld`), motivation
 * `assessing`: each targets its letter's page with the quote and the text around it as the page shows them;
 * its body is the evidence, its kind and status are tags, and its sources are linked.
 */
export async function claimFeed(letters: CollectionEntry<'letters'>[], id: string, label: string, site: URL | undefined) {
	const absolute = (path: string) => new URL(path, site).href;
	const items: AnnotationInput[] = [];
	for (const letter of letters) {
		const { claims, claimSelectors } = await annotatedLetter(letter);
		const target = absolute(entryPath('letters', letter.id));
		for (const claim of claims) {
			const sources = await resolveAll(claim.data.sources);
			items.push({
				id: absolute(entryPath('claims', claim.id)),
				motivation: 'assessing',
				title: claim.data.title,
				// Links resolved against the claim's own page, as the notes' export does: the file is read elsewhere.
				bodyHtml: withAbsoluteLinks(bodyTree(claim), absolute(entryPath('claims', claim.id))),
				target,
				targetTitle: letter.data.title,
				...claimSelectors.get(claim.id)!,
				sources: sources.map((source) => source.data.url),
				tags: [claimKindLabels[claim.data.kind].one, claimStatuses[claim.data.status].label],
			});
		}
	}
	return annotationCollection(absolute(id), label, items);
}
