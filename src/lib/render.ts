import type { CollectionEntry } from 'astro:content';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { CollectionName } from '../collections.ts';

/** An entry's body as the content pipeline rendered it (once, when it checked it). */
export function renderedHtml(entry: CollectionEntry<CollectionName>): string {
	return entry.rendered?.html ?? '';
}

/** An entry's rendered body as a tree, for code that reads or rewrites it (annotations, passages). */
export function renderedTree(entry: CollectionEntry<CollectionName>): Root {
	return fromHtml(renderedHtml(entry), { fragment: true }) as Root;
}
