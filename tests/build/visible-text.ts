import type { Element, ElementContent, Root } from 'hast';

/**
 * Elements a browser lays out as blocks, line breaks or boxes without text of their own (HTML's
 * default rendering): the text on either side of one never runs together on screen.
 */
const boundaries = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'body',
	'br',
	'caption',
	'dd',
	'details',
	'dialog',
	'div',
	'dl',
	'dt',
	'fieldset',
	'figcaption',
	'figure',
	'footer',
	'form',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hgroup',
	'hr',
	'html',
	'iframe',
	'img',
	'input',
	'legend',
	'li',
	'main',
	'nav',
	'ol',
	'option',
	'p',
	'pre',
	'search',
	'section',
	'select',
	'summary',
	'svg',
	'table',
	'tbody',
	'td',
	'textarea',
	'tfoot',
	'th',
	'thead',
	'tr',
	'ul',
	'video',
]);

/** Elements whose content is never laid out as text. */
const unrendered = new Set(['head', 'noscript', 'script', 'style', 'template']);

/** The end of a word, or punctuation that closes a phrase: a word straight after it is glued on. */
const wordEnd = /[\p{L}\p{N})\]”’.,:;!?]$/u;
const wordStart = /^[\p{L}\p{N}]/u;

/** Two pieces of text that a reader sees run together, and the elements whose edge lies between them. */
export interface Glue {
	/** The text before the join, back to the start of its block. */
	before: string;
	/** The text node after the join. */
	after: string;
	/** The inline elements left and entered between the two pieces, e.g. `</small></span>` or `<a>`. */
	between: string;
}

interface Piece {
	text: string;
	/** The inline elements (outermost first) that hold the text. */
	inside: Element[];
}

const isHidden = (el: Element) => el.properties['hidden'] !== undefined && el.properties['hidden'] !== false;

/**
 * A join that is not a missing space: a footnote reference (`<sup>`) after its word, or a `<mark>`,
 * which wraps part of the text as written (an annotated quote) and so adds no edge of its own.
 */
function isLegitimate(left: Piece, right: Piece, crossed: Element[]): boolean {
	if (crossed.every((el) => el.tagName === 'mark')) return true;
	const entered = right.inside.filter((el) => !left.inside.includes(el));
	return entered.some((el) => el.tagName === 'sup');
}

/**
 * Every place in a page where a word runs into the next across an element's edge: text laid out the
 * way a browser does (block elements and `<br>` separate; inline elements such as `<a>`, `<span>`,
 * `<small>` do not), and a piece that ends in a letter, digit or closing punctuation followed, with no
 * white space, by a piece that starts with a letter or digit: `as<a>W3C</a>`. A missing space inside a
 * single text node is the text's own business and not looked for.
 */
export function gluedWords(tree: Root): Glue[] {
	const glues: Glue[] = [];
	let last: Piece | undefined;
	/** The text of the current block so far, for the context of a report. */
	let flow = '';
	const inside: Element[] = [];
	const tag = (el: Element, closing: boolean) => `<${closing ? '/' : ''}${el.tagName}>`;
	let between: string[] = [];
	let crossed: Element[] = [];
	const walk = (nodes: (ElementContent | Root['children'][number])[]) => {
		for (const node of nodes) {
			if (node.type === 'text') {
				if (node.value === '') continue;
				const piece = { text: node.value, inside: [...inside] };
				if (last && crossed.length > 0 && wordEnd.test(last.text) && wordStart.test(piece.text) && !isLegitimate(last, piece, crossed)) {
					glues.push({ before: flow, after: piece.text, between: between.join('') });
				}
				last = piece;
				flow += piece.text;
				between = [];
				crossed = [];
			} else if (node.type === 'element') {
				if (unrendered.has(node.tagName) || isHidden(node)) continue;
				if (boundaries.has(node.tagName)) {
					[last, flow] = [undefined, ''];
					walk(node.children);
					[last, flow] = [undefined, ''];
					continue;
				}
				between.push(tag(node, false));
				crossed.push(node);
				inside.push(node);
				walk(node.children);
				inside.pop();
				between.push(tag(node, true));
				crossed.push(node);
			}
		}
	};
	walk(tree.children);
	return glues;
}

/** A glue as a reader would point at it: a little of the text each side of the join, and the edge. */
export function describeGlue({ before, after, between }: Glue): string {
	const squeeze = (text: string) => text.replace(/\s+/g, ' ');
	return `…${squeeze(before).slice(-30)}${between}${squeeze(after).slice(0, 30)}…`;
}
