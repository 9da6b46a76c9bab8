import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Keeps footnote back-links (↩) and footnote numbers out of the search index, where they would litter
 * excerpts ("by bureau.kz. ↩ ↩2", "KazTAG 9. 350–400"): they are navigation, not text.
 */
export const rehypeFootnoteBackrefs: Plugin<[], Root> = () => (tree) => {
	visit(tree, 'element', (node) => {
		if ('dataFootnoteBackref' in node.properties) node.properties.dataPagefindIgnore = '';
		const marker = node.tagName === 'sup' && node.children.some((child) => child.type === 'element' && 'dataFootnoteRef' in child.properties);
		if (marker) node.properties.dataPagefindIgnore = '';
	});
};
