import type { CollectionEntry } from 'astro:content';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { bodyTree } from './render.ts';
import { entryPath } from './routes.ts';

/** A citable passage of a letter: a paragraph (`#p-3`) or a footnote (`#user-content-fn-1`). */
export interface Passage {
	href: string;
	label: string;
	text: string;
}

/** The paragraphs and footnotes of a letter, with links to each. */
export function passagesOf(letter: CollectionEntry<'letters'>): Passage[] {
	const tree = bodyTree(letter);
	const passages: Passage[] = [];
	const page = entryPath('letters', letter.id);
	const visit = (node: Root | Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			const id = typeof child.properties.id === 'string' ? child.properties.id : undefined;
			if (child.tagName === 'p' && id?.startsWith('p-')) {
				passages.push({ href: `${page}#${id}`, label: `paragraph ${id.slice(2)}`, text: toString(child).replace(/\s*¶$/, '') });
			} else if (child.tagName === 'li' && id?.startsWith('user-content-fn-')) {
				passages.push({ href: `${page}#${id}`, label: `footnote ${id.slice('user-content-fn-'.length)}`, text: toString(child) });
			} else {
				visit(child);
			}
		}
	};
	visit(tree);
	return passages;
}

/** Whether a passage uses a spelling as a whole word (case-sensitive: "EU" is not "neutral"). */
export function usesTerm(text: string, spelling: string): boolean {
	const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
