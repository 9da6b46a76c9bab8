import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export interface Options {
	/** More back-links than this in one footnote are folded into "Cited n times", opened on demand. Default 3. */
	collapseAfter?: number;
}

const isBackref = (node: ElementContent): node is Element => node.type === 'element' && 'dataFootnoteBackref' in node.properties;
const isFootnote = (node: Element) => node.tagName === 'li' && String(node.properties.id ?? '').startsWith('user-content-fn-');

/** Every back-link in a footnote, wherever GFM put them (after the text of its last paragraph). */
function backrefsIn(node: Element): { parent: Element; link: Element }[] {
	const found: { parent: Element; link: Element }[] = [];
	visit(node, 'element', (child, _index, parent) => {
		if (isBackref(child) && parent?.type === 'element') found.push({ parent, link: child });
	});
	return found;
}

/**
 * Keeps footnote back-links (↩) and footnote numbers out of the search index, where they would litter
 * excerpts ("by bureau.kz. ↩ ↩2", "KazTAG 9. 350–400"): they are navigation, not text. A footnote cited many times gets one line,
 * "Cited 21 times", that opens the run of back-links (a `<details>`: no script needed), instead of ↩…↩21.
 */
export const rehypeFootnoteBackrefs: Plugin<[Options?], Root> = (options = {}) => {
	const collapseAfter = options.collapseAfter ?? 3;
	return (tree) => {
		visit(tree, 'element', (node) => {
			if ('dataFootnoteBackref' in node.properties) node.properties.dataPagefindIgnore = '';
			const marker = node.tagName === 'sup' && node.children.some((child) => child.type === 'element' && 'dataFootnoteRef' in child.properties);
			if (marker) node.properties.dataPagefindIgnore = '';
		});
		visit(tree, 'element', (node) => {
			if (!isFootnote(node)) return;
			const backrefs = backrefsIn(node);
			if (backrefs.length <= collapseAfter) return;
			const links = backrefs.map(({ link }) => link);
			for (const parent of new Set(backrefs.map(({ parent }) => parent))) {
				parent.children = parent.children.filter((child) => !links.includes(child as Element));
				// The spaces GFM put before and between the back-links go with them.
				while (parent.children.at(-1)?.type === 'text' && !(parent.children.at(-1) as { value: string }).value.trim()) parent.children.pop();
				const last = parent.children.at(-1);
				if (last?.type === 'text') last.value = last.value.trimEnd();
			}
			const run: ElementContent[] = links.flatMap((link, i) => (i === 0 ? [link] : [{ type: 'text', value: ' ' }, link]));
			node.children.push({
				type: 'element',
				tagName: 'details',
				properties: { className: ['footnote-backrefs'], dataPagefindIgnore: '' },
				children: [
					{ type: 'element', tagName: 'summary', properties: {}, children: [{ type: 'text', value: `Cited ${links.length} times` }] },
					{ type: 'element', tagName: 'p', properties: {}, children: run },
				],
			});
			return 'skip';
		});
	};
};
