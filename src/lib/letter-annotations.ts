import { getCollection, type CollectionEntry } from 'astro:content';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { annotatableText } from '../content/annotatable-text.ts';
import { annotate } from './annotate.ts';
import { annotationNote } from './annotation-note.ts';
import { resolveAll } from './entries.ts';
import { renderedHtml, renderedTree } from './render.ts';
import { describeMiss, findQuote } from '../content/text-quote.ts';

/** The annotations of one letter, in reading order: by where their quote sits in the letter. */
export async function annotationsOf(letter: CollectionEntry<'letters'>): Promise<CollectionEntry<'annotations'>[]> {
	const text = annotatableText(renderedTree(letter));
	const position = (a: CollectionEntry<'annotations'>) => {
		const match = findQuote(text, a.data);
		return match.found ? match.start : Number.MAX_SAFE_INTEGER;
	};
	const annotations = await getCollection('annotations', (a) => a.data.target.id === letter.id);
	return annotations
		.map((annotation) => ({ annotation, at: position(annotation) }))
		.sort((a, b) => a.at - b.at || a.annotation.id.localeCompare(b.annotation.id))
		.map(({ annotation }) => annotation);
}

/**
 * The letter's rendered HTML with its annotations in place (marks around the quoted passages, notes
 * beside them), split into the body and the footnotes, which the page prints after the signature as
 * the original printed them at the foot of the page. A quote that is not found once fails the build,
 * naming the annotation's file.
 */
export async function annotatedLetter(letter: CollectionEntry<'letters'>): Promise<{ body: string; footnotes: string; annotations: number }> {
	const annotations = await annotationsOf(letter);
	const tree = renderedTree(letter);
	const placements = await Promise.all(
		annotations.map(async (annotation) => {
			const sources = await resolveAll(annotation.data.sources);
			return {
				id: annotation.id,
				quote: annotation.data,
				note: annotationNote({
					id: annotation.id,
					title: annotation.data.title,
					motivation: annotation.data.motivation,
					bodyHtml: renderedHtml(annotation),
					sources: sources.map((source) => ({ label: source.data.publisher, url: source.data.url, unconfirmed: source.data.status === 'unconfirmed' })),
				}),
			};
		}),
	);
	const misses = annotate(tree, placements);
	if (misses.length > 0) {
		const lines = misses.map((miss) => {
			const annotation = annotations.find((a) => a.id === miss.id)!;
			return `${annotation.filePath ?? annotation.id}: exact: ${describeMiss(annotation.data, miss.count, `letters/${letter.id}`)}`;
		});
		throw new Error(`Annotations that cannot be placed:\n${lines.join('\n')}`);
	}
	const isFootnotes = (node: Root['children'][number]) => node.type === 'element' && 'dataFootnotes' in node.properties;
	const footnotes = tree.children.filter(isFootnotes);
	tree.children = tree.children.filter((node) => !isFootnotes(node));
	return { body: toHtml(tree), footnotes: toHtml({ type: 'root', children: footnotes }), annotations: annotations.length };
}
