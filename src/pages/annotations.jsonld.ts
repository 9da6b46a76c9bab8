import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { resolveAll } from '../lib/entries.ts';
import { renderedHtml } from '../lib/render.ts';
import { noteId } from '../lib/annotation-note.ts';
import { entryPath, withBase } from '../lib/routes.ts';
import { annotationCollection } from '../lib/web-annotation.ts';

/** `/annotations.jsonld`: every annotation as a W3C Web Annotation collection. */
export const GET: APIRoute = async ({ site }) => {
	const absolute = (path: string) => new URL(path, site).href;
	const annotations = (await getCollection('annotations')).sort((a, b) => a.id.localeCompare(b.id));
	const items = await Promise.all(
		annotations.map(async (annotation) => {
			const target = absolute(entryPath('letters', annotation.data.target.id));
			const sources = await resolveAll(annotation.data.sources);
			return {
				id: `${target}#${noteId(annotation.id)}`,
				motivation: annotation.data.motivation,
				title: annotation.data.title,
				bodyHtml: renderedHtml(annotation),
				target,
				exact: annotation.data.exact,
				prefix: annotation.data.prefix,
				suffix: annotation.data.suffix,
				sources: sources.map((source) => source.data.url),
			};
		}),
	);
	const collection = annotationCollection(absolute(withBase('annotations.jsonld')), 'Editorial annotations on the ODF letter of 2 February 2015', items);
	return new Response(JSON.stringify(collection, null, '\t'), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
