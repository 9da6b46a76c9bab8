import type { Element, RootContent } from 'hast';
import { h } from 'hastscript';

/** What a note shows: the annotation's title, its rendered body, its sources. */
interface NoteContent {
	id: string;
	/** The note's number in its letter, as `noteLabel` writes it: the marker in the text shows the same. */
	label: string;
	title: string;
	motivation: string;
	/** The annotation's Markdown body, as the site's pipeline rendered it: its HTML tree's nodes. */
	body: RootContent[];
	/** Each source: the short label the note shows (its publisher), the page it links to, and whether what it supports is unconfirmed. */
	sources: { label: string; url: string; unconfirmed: boolean }[];
}

/** The element id of an annotation's note, its permalink target. */
export const noteId = (id: string) => `annotation-${id}`;

/**
 * The element id of a note's marker in the text, where the note's link back leads: by the note's letter,
 * unique in its letter's page (the note's own id, `noteId`, is the permalink that stays).
 */
const markerId = (label: string) => `ref-${label}`;

/**
 * A note's number as readers see it: lettered (a, b, … z, aa, ab …), so it is never mistaken for the
 * letter's own numbered footnotes.
 */
export function noteLabel(index: number): string {
	const letter = String.fromCharCode(97 + (index % 26));
	return index < 26 ? letter : noteLabel(Math.floor(index / 26) - 1) + letter;
}

/**
 * The marker placed right after a noted passage: the note's letter, a link to the note (which opens it,
 * with or without JavaScript) and the place the note links back to. Kept out of the letter's words. It reads
 * "Note a" to assistive technology and shows "a": the word is hidden text, which, unlike an `aria-label`,
 * a browser's translation translates too.
 */
export function noteMarker(id: string, label: string): Element {
	return h('sup', { className: ['note-ref'], dataPagefindIgnore: '' }, [
		h('a', { href: `#${noteId(id)}`, id: markerId(label) }, [h('span', { className: ['sr-only'] }, 'Note '), label]),
	]);
}

/**
 * An annotation as an `<aside>` after the paragraph it annotates: its title beside the paragraph on
 * wide screens, under it on narrow ones, and its body opens when asked for (a real checkbox inside
 * the label: keyboard and screen readers can use it, and it needs no JavaScript). It carries its
 * number and a link back to its marker in the text; its id (`noteId`) names the annotation. Unnamed, it stays
 * part of the letter rather than a landmark.
 */
export function annotationNote(note: NoteContent): Element {
	const id = noteId(note.id);
	// Kept out of the letter's search record: each note is indexed on its own page.
	return h('aside', { className: ['annotation'], id, dataPagefindIgnore: '' }, [
		h('label', { className: ['annotation-label'] }, [
			h('input', { type: 'checkbox', className: ['annotation-toggle'] }),
			h('b', { className: ['note-number'] }, note.label),
			' ',
			h('span', { className: ['annotation-title'] }, note.title),
		]),
		h('div', { className: ['annotation-body'] }, [
			...(note.body as Element['children']),
			h('p', { className: ['annotation-sources'] }, [
				note.sources.length === 1 ? 'Source: ' : 'Sources: ',
				...note.sources.flatMap((source, i) => [
					...(i > 0 ? ['; '] : []),
					h('a', { href: source.url }, source.label),
					...(source.unconfirmed ? [' (unconfirmed)'] : []),
				]),
				'.',
			]),
			h('p', { className: ['note-back'] }, h('a', { href: `#${markerId(note.label)}` }, `↩ Back to the passage`)),
		]),
	]);
}
