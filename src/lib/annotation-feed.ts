import type { CollectionEntry } from 'astro:content';
import { withAbsoluteLinks } from './absolute-links.ts';
import { noteId } from './annotation-note.ts';
import { resolveAll } from './entries.ts';
import { annotatedLetter } from './letter-annotations.ts';
import { bodyTree } from './render.ts';
import { entryPath } from './routes.ts';
import { annotationCollection, type AnnotationInput } from './web-annotation.ts';

/**
 * The notes on some letters as one W3C AnnotationCollection (`annotations.jsonld`): each targets its
 * letter's page with the quote and the text around it as that page shows them, so it anchors once.
 */
export async function annotationFeed(letters: CollectionEntry<'letters'>[], id: string, label: string, site: URL | undefined) {
	const absolute = (path: string) => new URL(path, site).href;
	const items: AnnotationInput[] = [];
	for (const letter of letters) {
		const { annotations, selectors } = await annotatedLetter(letter);
		const target = absolute(entryPath('letters', letter.id));
		for (const annotation of annotations) {
			const selector = selectors.get(annotation.id)!;
			const sources = await resolveAll(annotation.data.sources);
			items.push({
				id: `${target}#${noteId(annotation.id)}`,
				motivation: annotation.data.motivation,
				title: annotation.data.title,
				// Links resolved against the note's own page, where its footnotes are: the export is read elsewhere.
				bodyHtml: withAbsoluteLinks(bodyTree(annotation), absolute(entryPath('annotations', annotation.id))),
				target,
				targetTitle: letter.data.title,
				...selector,
				sources: sources.map((source) => source.data.url),
			});
		}
	}
	return annotationCollection(absolute(id), label, items);
}

/** A JSON-LD file's response. */
export const jsonLdResponse = (data: unknown) =>
	new Response(JSON.stringify(data, null, '\t'), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
