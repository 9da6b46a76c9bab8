import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { externalRel } from '../markdown/external-links.ts';

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
 * An annotation as an `<aside>` after the paragraph it annotates: its title beside the paragraph on
 * wide screens, under it on narrow ones, and its body opens when asked for (a real checkbox inside
 * the label: keyboard and screen readers can use it, and it needs no JavaScript). It carries
 * `data-annotation` and a permalink. Unnamed, it stays part of the letter rather than a landmark.
 */
export function annotationNote(note: NoteContent): Element {
	const id = noteId(note.id);
	// Kept out of the letter's search record: each note is indexed on its own page.
	return h('aside', { className: ['annotation'], id, dataAnnotation: note.id, dataPagefindIgnore: '' }, [
		h('label', { className: ['annotation-label'] }, [
			h('input', { type: 'checkbox', className: ['annotation-toggle'] }),
			h('span', { className: ['annotation-title'] }, note.title),
		]),
		h('div', { className: ['annotation-body'] }, [
			...(fromHtml(note.bodyHtml, { fragment: true }).children as Element[]),
			h('p', { className: ['annotation-sources'] }, [
				note.sources.length === 1 ? 'Source: ' : 'Sources: ',
				...note.sources.flatMap((source, i) => [
					...(i > 0 ? ['; '] : []),
					h('a', { href: source.url, rel: [...externalRel] }, source.label),
					...(source.unconfirmed ? [' (unconfirmed)'] : []),
				]),
			]),
			// Its own line: after a link's arrow, ". Permalink" read as a stray full stop.
			h('p', { className: ['annotation-permalink-line'] }, [h('a', { className: ['annotation-permalink'], href: `#${id}` }, 'Link to this note')]),
		]),
	]);
}
