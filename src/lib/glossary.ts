import { getCollection, type CollectionEntry } from 'astro:content';
import { noteId } from './annotation-note.ts';
import { allLetters, letterName } from './letters.ts';
import { passagesOf, usesTerm, type Passage } from './passages.ts';
import { entryPath } from './routes.ts';

type Term = CollectionEntry<'glossary'>;

/** Where a term is used: for each letter that uses it (named as readers tell the letters apart), its passages. */
export interface TermUse {
	name: string;
	passages: Passage[];
}

let letters: Promise<{ name: string; passages: Passage[] }[]> | undefined;

/** Every letter's passages, found once per build. */
function letterPassages() {
	letters ??= allLetters().then((list) => Promise.all(list.map(async (letter) => ({ name: await letterName(letter), passages: passagesOf(letter) }))));
	return letters;
}

/** The passages of the letters that use a term, by any of its spellings (whole words, case as written). */
export async function usesOf(term: Term): Promise<TermUse[]> {
	const spellings = term.data.matches.length > 0 ? term.data.matches : [term.data.term];
	return (await letterPassages())
		.map(({ name, passages }) => ({ name, passages: passages.filter((passage) => spellings.some((spelling) => usesTerm(passage.text, spelling))) }))
		.filter((use) => use.passages.length > 0);
}

/** The link to a term's annotation in its place on its letter, when it has one. */
export async function annotationHrefOf(term: Term): Promise<string | undefined> {
	if (!term.data.annotation) return undefined;
	const annotation = (await getCollection('annotations')).find((a) => a.id === term.data.annotation!.id);
	return annotation && `${entryPath('letters', annotation.data.target.id)}#${noteId(annotation.id)}`;
}
