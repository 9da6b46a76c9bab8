import { render, type CollectionEntry } from 'astro:content';
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
