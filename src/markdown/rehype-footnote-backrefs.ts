import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Keeps footnote back-links (↩) out of the search index, where they would litter excerpts
 * ("by bureau.kz. ↩ ↩2"): they are navigation, not text.
 */
export const rehypeFootnoteBackrefs: Plugin<[], Root> = () => (tree) => {
	visit(tree, 'element', (node) => {
		if ('dataFootnoteBackref' in node.properties) node.properties.dataPagefindIgnore = '';
	});
};
