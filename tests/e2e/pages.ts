import type { Locator, Page } from 'playwright-core';
import type { CollectionName } from '../../src/collections.ts';
import anyAscii from 'any-ascii';
import { dataOf, entries, featuredLetterId, idsOf, mentionsOf, pageOf } from '../content.ts';

type Ref = { id: string };
const ids = (collection: CollectionName) => idsOf(collection);
const featured = dataOf('letters', featuredLetterId);
/** The question the featured letter cites, or any. */
const question = mentionsOf('letters', featuredLetterId).find((m) => m.collection === 'questions')?.id ?? ids('questions')[0];
/** An author of that question with a page of their own, or anyone. */
const person = (question && (dataOf('questions', question)['authors'] as { person?: Ref }[]).find((a) => a.person)?.person?.id) ?? ids('people')[0];
const note = entries.annotations.find((a) => (a.data['target'] as Ref).id === featuredLetterId)?.id;

/** A claim or request on the featured letter. */
const claim = entries.claims.find((c) => (c.data['target'] as Ref).id === featuredLetterId)?.id;

/** How many claims and requests the content anchors in the featured letter. */
export const claimsOnLetter = entries.claims.filter((c) => (c.data['target'] as Ref).id === featuredLetterId).length;

/** How many notes the content anchors in the featured letter. */
export const notesOnLetter = entries.annotations.filter((a) => (a.data['target'] as Ref).id === featuredLetterId).length;

/** The surname of the featured letter's addressee: a word every content set has on many pages. */
export const searchWord = String(dataOf('people', (featured['addressee'] as { person: Ref }).person.id)['name'])
	.split(' ')
	.at(-1)!;

/** The letter, the page most of the reading happens on. */
export const letterPath = pageOf('letters', featuredLetterId);

/** One page of every kind the content has, as [kind, site path without the base], taken from the content. */
export const pageKinds: (readonly [kind: string, path: string])[] = (
	[
		['home', '/'],
		['letter', letterPath],
		['report', ids('reports')[0] && pageOf('reports', ids('reports')[0]!)],
		['question', question && pageOf('questions', question)],
		['person', person && pageOf('people', person)],
		['organisation', pageOf('organizations', (featured['sender'] as Ref).id)],
		['case', ids('cases')[0] && pageOf('cases', ids('cases')[0]!)],
		['event', ids('events')[0] && pageOf('events', ids('events')[0]!)],
		['source', ids('sources')[0] && pageOf('sources', ids('sources')[0]!)],
		['note', note && pageOf('annotations', note)],
		['claims', claim && '/claims/'],
		['claim', claim && pageOf('claims', claim)],
		['letters', '/letters/'],
		['index', '/people/'],
		['glossary', '/glossary/'],
		['timeline', '/timeline/'],
		['open data', '/data/'],
		['about', '/about/'],
		['search', `/search/?q=${encodeURIComponent(searchWord)}`],
		['not found', '/404.html'],
	] as [string, string | undefined][]
).filter((kind): kind is [string, string] => Boolean(kind[1]));

declare module 'vitest' {
	export interface ProvidedContext {
		/** Set by vitest.letters.config.ts: the run is on the two-letter set, for what changes with the count. */
		letterCountOnly: boolean;
	}
}

/**
 * The kinds whose page changes with how many letters there are (the home page and the letters' own pages, the
 * question a letter cites, the pages that speak of "the letter" or "the letters", search): on the fictional
 * two-letter publication (npm run test:letters) the whole-page checks visit only these.
 */
export const letterCountKinds = [
	'home',
	'letter',
	'letters',
	'question',
	'index',
	'glossary',
	'timeline',
	'claims',
	'about',
	'open data',
	'search',
	'header search',
];

const longestWord = (text: string) => [...text.matchAll(/\p{L}{4,}/gu)].map((m) => m[0]).sort((a, b) => b.length - a.length)[0] ?? text;
const surname = (name: string) => name.split(' ').at(-1)!;
const accented = entries.people.find((p) => anyAscii(String(p.data['name'])) !== p.data['name']) ?? entries.people[0]!;
const firstCase = ids('cases')[0];

/** Queries a reader types, each with the pages it must find: a name typed without its accents, a case, the letter's subject. */
export const searchCases: [query: string, expected: string[]][] = [
	[anyAscii(surname(String(accented.data['name']))), [pageOf('people', accented.id)]],
	...(firstCase ? [[longestWord(String(dataOf('cases', firstCase)['title'])), [pageOf('cases', firstCase)]] as [string, string[]]] : []),
	[longestWord(String(featured['subject'])), [letterPath]],
];

/** An event, and the longest word of its title: a search for the word finds it, and highlights it. */
export const highlightCase = { path: pathOfKind('event'), word: longestWord(String(dataOf('events', ids('events')[0]!)['title'])) };

/** The path of the page of one kind (see pageKinds). */
export function pathOfKind(kind: string): string {
	const found = pageKinds.find(([k]) => k === kind);
	if (!found) throw new Error(`the content has no page of kind "${kind}"`);
	return found[1];
}

/** The result links of the search page (drawn after the index loads). */
export function searchResults(page: Page): Locator {
	return page.locator('[data-search-results] a[href]');
}

/** Opens a page and waits until it is ready to look at: on a search with `?q=`, until results show. */
export async function openPage(page: Page, url: string): Promise<void> {
	await page.goto(url);
	const { pathname, searchParams } = new URL(url);
	if (pathname.endsWith('/search/') && searchParams.get('q')) {
		await searchResults(page).first().waitFor({ state: 'visible', timeout: 30_000 });
	}
}

/**
 * Clicks into the header search box and types `text`, as a reader does: the first focus loads search,
 * and the live results appear in a panel under the box (on any page but /search/, which has its own).
 */
export async function searchFromHeader(page: Page, text: string): Promise<void> {
	await page.locator('.site-header input[name="q"]').click();
	await page.keyboard.type(text);
	await page.locator('.search-dropdown a[href]').first().waitFor({ state: 'visible', timeout: 30_000 });
}

/** Waits until the element with focus matches `selector` (a script may move focus a moment later). */
export async function waitForFocus(page: Page, selector: string): Promise<void> {
	await page.waitForFunction((s) => document.activeElement?.matches(s) ?? false, selector, { timeout: 10_000 });
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
export async function tabUntil(page: Page, selector: string, limit = 150): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await focusMatches(page, selector)) return;
	}
	throw new Error(`${limit} presses of Tab never reached ${selector}`);
}

/** Whether the element with focus matches `selector`. */
export function focusMatches(page: Page, selector: string): Promise<boolean> {
	return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}
