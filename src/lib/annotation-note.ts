import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';

/** What a note shows: the annotation's title, its rendered body, its sources. */
export interface NoteContent {
	id: string;
	title: string;
	motivation: string;
	/** The annotation's Markdown body, rendered to HTML by the site's pipeline. */
	bodyHtml: string;
	/**
	 * Each source: the short label the note shows (its publisher), its own address (so a printed note
	 * carries it), and whether what it supports is unconfirmed.
	 */
	sources: { label: string; url: string; unconfirmed: boolean }[];
}

/** The element id of an annotation's note, its permalink target. */
export const noteId = (id: string) => `annotation-${id}`;

/**
 * An annotation as an `<aside>` beside the paragraph it annotates: a margin note on wide screens,
 * a note that opens and closes on narrow ones (a real checkbox, so it works by keyboard and
 * without JavaScript). It carries `data-annotation` and a permalink.
 */
export function annotationNote(note: NoteContent): Element {
	const id = noteId(note.id);
	const toggle = `${id}-toggle`;
	// Kept out of the letter's search record: each note is indexed on its own page.
	return h('aside', { className: ['annotation'], id, dataAnnotation: note.id, ariaLabelledby: `${id}-title`, dataMotivation: note.motivation, dataPagefindIgnore: '' }, [
		h('input', { type: 'checkbox', id: toggle, className: ['annotation-toggle'] }),
		h('label', { for: toggle, className: ['annotation-label'] }, [
			h('span', { className: ['annotation-kind'] }, 'Note'),
			' ',
			h('span', { id: `${id}-title`, className: ['annotation-title'] }, note.title),
		]),
		h('div', { className: ['annotation-body'] }, [
			...(fromHtml(note.bodyHtml, { fragment: true }).children as Element[]),
			h('p', { className: ['annotation-sources'] }, [
				note.sources.length === 1 ? 'Source: ' : 'Sources: ',
				...note.sources.flatMap((source, i) => [
					...(i > 0 ? ['; '] : []),
					h('a', { href: source.url, rel: ['external', 'noreferrer'] }, source.label),
					...(source.unconfirmed ? [' (unconfirmed)'] : []),
				]),
				'. ',
				h('a', { className: ['annotation-permalink'], href: `#${id}` }, 'Link to this note'),
			]),
		]),
	]);
}
