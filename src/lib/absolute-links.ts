import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** The attributes that hold an address, by element. */
const addressAttributes: Record<string, string> = { a: 'href', img: 'src', area: 'href' };

/**
 * HTML whose links all carry their full address (`/events/x/` → `https://site/events/x/`), resolved against
 * `base`: for HTML that leaves the site (the W3C annotation export), where a site-relative link means nothing.
 */
export function withAbsoluteLinks(html: string, base: string): string {
	const tree = fromHtml(html, { fragment: true });
	visit(tree, 'element', (element: Element) => {
		const name = addressAttributes[element.tagName];
		const value = name ? element.properties[name] : undefined;
		if (name && typeof value === 'string') element.properties[name] = new URL(value, base).href;
	});
	return toHtml(tree);
}
