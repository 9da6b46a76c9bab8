import { render, type CollectionEntry } from 'astro:content';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { CollectionName } from '../schemas/shared.ts';

/**
 * Astro logs a Markdown file that fails to render (an unknown `person:` id, say) and goes on with an
 * empty body. A page must never publish a document without its text: fail the build instead.
 */
export function assertRendered(entry: CollectionEntry<CollectionName>): void {
	const { body, rendered, filePath, collection, id } = entry as { body?: string; rendered?: { html?: string }; filePath?: string; collection: string; id: string };
	if (body?.trim() && !rendered?.html) {
		throw new Error(`${filePath ?? `${collection}/${id}`}: its Markdown could not be rendered (the error is logged above); nothing was published`);
	}
}

/** `render()` for a page, failing the build when the entry's Markdown did not render. */
export async function renderEntry<C extends CollectionName>(entry: CollectionEntry<C>) {
	assertRendered(entry);
	return render(entry);
}

/** An entry's rendered HTML, failing the build when its Markdown did not render. */
export function renderedHtml(entry: CollectionEntry<CollectionName>): string {
	assertRendered(entry);
	return entry.rendered?.html ?? '';
}

/** An entry's rendered HTML as a tree, for code that reads or rewrites it (annotations, passages). */
export function renderedTree(entry: CollectionEntry<CollectionName>): Root {
	return fromHtml(renderedHtml(entry), { fragment: true }) as Root;
}
