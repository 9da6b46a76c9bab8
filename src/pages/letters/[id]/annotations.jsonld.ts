import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { annotationFeed, jsonLdResponse } from '../../../lib/annotation-feed.ts';
import { entryPaths } from '../../../lib/entries.ts';
import { entryPath } from '../../../lib/routes.ts';

export const getStaticPaths = (() => entryPaths('letters')) satisfies GetStaticPaths;

/** `/letters/<id>/annotations.jsonld`: the notes on one letter, as a W3C Web Annotation collection. */
export const GET: APIRoute = async ({ props, site }) => {
	const letter = (props as { entry: CollectionEntry<'letters'> }).entry;
	return jsonLdResponse(
		await annotationFeed([letter], `${entryPath('letters', letter.id)}annotations.jsonld`, `Editorial annotations on ${letter.data.title}`, site),
	);
};
