import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Marks links that leave the site `rel="external noreferrer"`: the style sheet shows them, and the
 * other site is not told which page the reader came from.
 */
export const rehypeExternalLinks: Plugin<[], Root> = () => (tree) => {
	visit(tree, 'element', (node) => {
		if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
		if (!/^https?:\/\//i.test(node.properties.href)) return;
		node.properties.rel = ['external', 'noreferrer'];
	});
};
