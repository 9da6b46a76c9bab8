import type { CollectionEntry } from 'astro:content';
import type { Root } from 'hast';
import type { CollectionName } from '../collections.ts';
import type { RenderedMetadata } from '../pipeline/load.ts';

/** An entry's body as the content pipeline rendered it (once, when it checked it). */
export function renderedHtml(entry: CollectionEntry<CollectionName>): string {
	return entry.rendered?.html ?? '';
}

/** What the content pipeline learnt of an entry's body while rendering it (see `RenderedMetadata`). */
export function renderedMetadata(entry: CollectionEntry<CollectionName>): RenderedMetadata {
	const metadata = entry.rendered?.metadata as RenderedMetadata | undefined;
	if (!metadata) throw new Error(`${entry.collection}/${entry.id} has no rendered body`);
	return metadata;
}

/** A letter's HTML tree as the pipeline built it: a fresh copy, for code that marks it up. */
export function letterTree(letter: CollectionEntry<'letters'>): Root {
	const { tree } = renderedMetadata(letter);
	if (!tree) throw new Error(`letters/${letter.id} has no HTML tree`);
	return structuredClone(tree);
}
