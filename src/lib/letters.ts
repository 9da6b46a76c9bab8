import { getCollection, type CollectionEntry } from 'astro:content';
import { comparable } from '../pipeline/text-quote.ts';
import { bodyText } from './render.ts';
import { resolve } from './entries.ts';
import { formatDate } from './format.ts';
import { featuredOf, newestFirst } from './letter-order.ts';
import { usesTerm } from './passages.ts';
import { site } from './site.ts';

type Letter = CollectionEntry<'letters'>;

let letters: Promise<Letter[]> | undefined;

/** A letter's text as a reader reads it (its notes and permalinks aside), as the content pipeline found it. */
export const letterText = (letter: Letter): string => bodyText(letter);

/** Every letter, newest first (the order of the home page, the indexes and the groups of notes). */
export function allLetters(): Promise<Letter[]> {
	letters ??= getCollection('letters').then(newestFirst);
	return letters;
}

/** The letter the home page leads with: the one site.yaml features, else the newest. */
export async function featuredLetter(): Promise<Letter | undefined> {
	return featuredOf(await allLetters(), site.featuredLetter?.id);
}

/**
 * How a page names a letter among several: "the letter of 2 February 2015", with its sender's name
 * when another letter bears the same date. With one letter on the site, "the letter" says enough.
 */
export async function letterName(letter: Letter): Promise<string> {
	const list = await allLetters();
	if (list.length === 1) return 'the letter';
	const sameDay = list.filter((other) => other.data.date === letter.data.date).length > 1;
	const from = sameDay ? ` from ${(await resolve(letter.data.sender)).data.name}` : '';
	return `the letter of ${formatDate(letter.data.date)}${from}`;
}

/** Words for the pages that speak of all the letters: "the letter" or "the letters", as the site has one or several. */
export async function letterWording(): Promise<{ the: string; it: string; pick: (one: string, several: string) => string }> {
	const one = (await allLetters()).length === 1;
	return { the: one ? 'the letter' : 'the letters', it: one ? 'it' : 'them', pick: (single, several) => (one ? single : several) };
}

/** The letters whose text holds a quotation (white space and typographic variants aside): which letter quotes an answer, say. */
export async function lettersQuoting(quote: string): Promise<Letter[]> {
	const wanted = comparable(quote).text;
	return (await allLetters()).filter((letter) => comparable(letterText(letter)).text.includes(wanted));
}

/**
 * What a letter is about, for search: its title and editorial subject, the cases it names (and their
 * people), and the glossary terms its subject uses, by term or expansion (so "EPCA" is a topic of a
 * letter whose subject names the Enhanced Partnership and Cooperation Agreement).
 */
export async function letterTopics(letter: Letter): Promise<string[]> {
	const cases = await Promise.all(letter.data.cases.map((ref) => resolve(ref)));
	const people = await Promise.all(cases.flatMap((c) => c.data.people).map((ref) => resolve(ref)));
	const subject = `${letter.data.title} ${letter.data.subject}`;
	const terms = (await getCollection('glossary')).filter((term) =>
		[term.data.term, term.data.expansion, ...term.data.matches].some((spelling) => spelling && usesTerm(subject, spelling)),
	);
	return [
		letter.data.title,
		letter.data.subject,
		...cases.map((c) => c.data.title),
		...people.map((p) => p.data.name),
		...terms.flatMap((term) => [term.data.term, ...(term.data.expansion ? [term.data.expansion] : [])]),
	];
}
