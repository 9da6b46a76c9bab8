import type { Element, ElementContent, Parent, Root } from 'hast';
import { h } from 'hastscript';
import { textRuns, type TextRun } from '../pipeline/annotatable-text.ts';

/** An annotation ready to be placed: where its quote sits in the letter's text and the note element to show. */
export interface Placement {
	id: string;
	/** Offsets in the letter's text (as `textRuns` reads it), where the content pipeline found the quote. */
	start: number;
	end: number;
	/** The note, built by `annotationNote`; placed after the block that holds the end of the quote. */
	note: Element;
	/** The note's marker, built by `noteMarker`; placed right after the quote's end (after a link that holds it). */
	marker: Element;
}

const blockTags = new Set(['p', 'li', 'blockquote', 'td', 'dd']);

/**
 * Marks each annotation's quote with `<mark data-annotation>` (one mark per text node it spans,
 * so the text itself is never changed), puts the note's marker right after the quote and the note
 * right after the paragraph that holds the end of the quote. The content pipeline found each quote in
 * this text, so each has a place.
 */
export function annotate(tree: Root, placements: Placement[]): void {
	for (const placement of placements) {
		const last = wrapRange(tree, placement, (text) => h('mark', { dataAnnotation: placement.id }, text));
		placeMarkerAfter(last!, placement);
		placeNoteAfterBlock(tree, last!.path, placement.note);
	}
}

/**
 * Wraps the text between two offsets of the document's text (as `textRuns` reads it) in elements, one per
 * text node it spans, so the words themselves never change; `wrap` is told which piece is the last. Gives the
 * last text node wrapped, or `undefined` when the range holds no text.
 */
export function wrapRange(
	tree: Root,
	{ start, end }: { start: number; end: number },
	wrap: (text: string, last: boolean) => Element,
): TextRun | undefined {
	const spanned = textRuns(tree).filter((run) => Math.max(start, run.start) < Math.min(end, run.start + run.node.value.length));
	spanned.forEach((run, i) => {
		const from = Math.max(start, run.start) - run.start;
		const to = Math.min(end, run.start + run.node.value.length) - run.start;
		const value = run.node.value;
		const pieces: ElementContent[] = [];
		if (from > 0) pieces.push({ type: 'text', value: value.slice(0, from) });
		pieces.push(wrap(value.slice(from, to), i === spanned.length - 1));
		if (to < value.length) pieces.push({ type: 'text', value: value.slice(to) });
		const parent = run.path.at(-1)!;
		parent.children.splice(parent.children.indexOf(run.node), 1, ...(pieces as never[]));
	});
	return spanned.at(-1);
}

/**
 * Puts the marker after the quote's last mark, or after the outermost link around it: a link inside a
 * link is not HTML, and the marker must stay a link of its own, apart from an entity link.
 */
function placeMarkerAfter(run: TextRun, { id, marker }: Placement) {
	const path = [...run.path];
	const outerLink = path.findIndex((node) => node.type === 'element' && (node as Element).tagName === 'a');
	if (outerLink > 0) {
		const container = path[outerLink - 1]!;
		container.children.splice(container.children.indexOf(path[outerLink] as Element) + 1, 0, marker);
		return;
	}
	const parent = path.at(-1)!;
	const lastMark = parent.children.findLastIndex(
		(child) => child.type === 'element' && child.tagName === 'mark' && child.properties.dataAnnotation === id,
	);
	parent.children.splice(lastMark + 1, 0, marker);
}

/**
 * Puts the note after the innermost paragraph-like ancestor of the quote's end. The paragraph and
 * its notes share a `<div class="annotated-block">`, so a wide screen can set them side by side.
 */
function placeNoteAfterBlock(tree: Root, path: Parent[], note: Element) {
	for (let i = path.length - 1; i > 0; i--) {
		const block = path[i] as Element;
		if (!blockTags.has(block.tagName)) continue;
		const container = path[i - 1]!;
		if (isWrapper(container)) {
			container.children.push(note);
		} else {
			const wrapper = h('div', { className: ['annotated-block'] }, [block, note]);
			container.children.splice(container.children.indexOf(block), 1, wrapper);
		}
		return;
	}
	tree.children.push(note);
}

const isWrapper = (node: Parent): node is Element =>
	node.type === 'element' && (node as Element).tagName === 'div' && String((node as Element).properties.className ?? '').includes('annotated-block');
