import type { Element, ElementContent, Parent, Root, Text } from 'hast';

/** A text node of a rendered document, with its ancestors and where it starts in the document's text. */
export interface TextRun {
	node: Text;
	/** Ancestors from the root down to the text node's parent. */
	path: Parent[];
	start: number;
}

/**
 * Not the document's words: editorial notes placed in it (`aside`), and what the pipeline adds for
 * navigation or description (paragraph permalinks, footnote back-links, hidden link descriptions), all
 * of which it marks `data-pagefind-ignore` for the same reason.
 */
const isAddition = (node: Element) => node.tagName === 'aside' || node.properties.dataPagefindIgnore !== undefined;

/** The text nodes a reader reads as the document, in order, with their offsets; additions are skipped. */
export function textRuns(tree: Root): TextRun[] {
	const runs: TextRun[] = [];
	let offset = 0;
	const walk = (parent: Parent, path: Parent[]) => {
		for (const child of parent.children as ElementContent[]) {
			if (child.type === 'text') {
				runs.push({ node: child, path: [...path, parent], start: offset });
				offset += child.value.length;
			} else if (child.type === 'element' && !isAddition(child)) {
				walk(child, [...path, parent]);
			}
		}
	};
	walk(tree, []);
	return runs;
}

/** The text a reader sees in a rendered document, notes excluded: what annotation quotes are matched against. */
export function annotatableText(tree: Root): string {
	return textRuns(tree)
		.map((run) => run.node.value)
		.join('');
}
