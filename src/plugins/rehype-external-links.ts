import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Marks links that leave the site: `rel="external noopener noreferrer"` and `referrerpolicy`
 * so the page a reader came from is not told to the other site; the style sheet marks them visibly.
 */
export const rehypeExternalLinks: Plugin<[], Root> = () => (tree) => {
	visit(tree, 'element', (node) => {
		if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
		if (!/^https?:\/\//i.test(node.properties.href)) return;
		node.properties.rel = ['external', 'noopener', 'noreferrer'];
		node.properties.referrerPolicy = 'no-referrer';
	});
};
