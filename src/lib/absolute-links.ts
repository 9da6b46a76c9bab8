import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** The attributes that hold an address, by element. */
const addressAttributes: Record<string, string> = { a: 'href', img: 'src', area: 'href' };

/**
 * A body's HTML with its links all carrying their full address (`/events/x/` → `https://site/events/x/`),
 * resolved against `base`: for HTML that leaves the site (the W3C annotation export), where a site-relative
 * link means nothing. It takes the body's tree as the pipeline built it (changed in place: pass a copy).
 */
export function withAbsoluteLinks(tree: Root, base: string): string {
	visit(tree, 'element', (element: Element) => {
		const name = addressAttributes[element.tagName];
		const value = name ? element.properties[name] : undefined;
		if (name && typeof value === 'string') element.properties[name] = new URL(value, base).href;
	});
	return toHtml(tree);
}
