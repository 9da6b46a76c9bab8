import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';

export interface Options {
	/** Which files get permalinks, by path; letters do, annotation bodies must not (ids would clash). */
	include: (path: string) => boolean;
}

/**
 * Gives each top-level paragraph an id (`p-1`, `p-2`, …) and a `¶` link to itself, shown on hover and
 * focus, so a reader can cite a paragraph. The link is kept out of the search index.
 */
export const rehypeParagraphPermalinks: Plugin<[Options], Root> = (options) => (tree, file) => {
	if (!options.include(file.path ?? '')) return;
	let count = 0;
	for (const node of tree.children) {
		if (node.type !== 'element' || node.tagName !== 'p') continue;
		count += 1;
		const id = `p-${count}`;
		node.properties = { ...node.properties, id };
		(node.children as Element['children']).push(
			{ type: 'text', value: ' ' },
			h('a', { className: ['permalink'], href: `#${id}`, ariaLabel: `Link to paragraph ${count}`, dataPagefindIgnore: '' }, '¶'),
		);
	}
};
