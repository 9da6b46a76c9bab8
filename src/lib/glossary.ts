import { getCollection, type CollectionEntry } from 'astro:content';
import { noteId } from './annotation-note.ts';
import { allLetters, letterName } from './letters.ts';
import { passagesOf, usesTerm, type Passage } from './passages.ts';
import type { CollectionName } from '../collections.ts';
import { entryPath } from './routes.ts';

type Term = CollectionEntry<'glossary'>;

/** Where a term is used: for each letter that uses it (named as readers tell the letters apart), its passages. */
interface TermUse {
	name: string;
	passages: Passage[];
}

let letters: Promise<{ name: string; passages: Passage[] }[]> | undefined;

/** Every letter's passages, found once per build. */
function letterPassages() {
	letters ??= allLetters().then((list) =>
		Promise.all(list.map(async (letter) => ({ name: await letterName(letter), passages: passagesOf(letter) }))),
	);
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

/** The page a term names when the thing has one of its own (an organisation, an event): the glossary links there. */
export function ownPageOf(term: Term): { collection: 'organizations' | 'events'; id: string } | undefined {
	return term.data.organization ?? term.data.event;
}

/**
 * The glossary's names for a thing with its own page (term, expansion, spellings): that page's aliases,
 * so search finds it by the acronym the letter uses.
 */
export async function aliasesOf(collection: CollectionName, id: string): Promise<string[]> {
	const terms = (await getCollection('glossary')).filter((term) => {
		const page = ownPageOf(term);
		return page?.collection === collection && page.id === id;
	});
	return [...new Set(terms.flatMap((term) => [term.data.term, ...(term.data.expansion ? [term.data.expansion] : []), ...term.data.matches]))];
}
