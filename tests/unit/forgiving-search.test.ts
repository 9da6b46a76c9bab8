import { kindNames } from '../../src/kind-names.ts';
import { describe, expect, it } from 'vitest';
import { forgivingSearch, type Correction, type PagefindResponse, type PagefindResult } from '../../src/search/forgiving-search.ts';
import { foldingLetters } from '../../src/search/transliteration-table.ts';
import type { QueryFile, VocabularyFile } from '../../src/search/vocabulary.ts';

/** A page as Pagefind returns it: an id, and data with its URL, an excerpt and its metadata. */
const page = (id: string, meta: Record<string, string> = {}, excerpt = '', filters: Record<string, string[]> = {}, content = ''): PagefindResult => ({
	id,
	data: async () => ({ url: `/${id}/`, excerpt, meta, filters, content }),
});

const queryFile: QueryFile = {
	letters: foldingLetters(),
	stop: ['a', 'of', 'the', 'who', 'did', 'was', 'when'],
	glossed: [],
	kinds: { letter: 'Letter', note: 'Note', glossary: 'Glossary term', who: ['Person', 'Organisation'], when: ['Event'], reply: ['Written question'] },
};
const words: VocabularyFile['words'] = [
	['Dosmagambetov', 4],
	['torture', 30],
	['Maksat', 3],
	['detention', 3],
	['prison', 2],
	['conditions', 1],
	['signed', 3],
	['letter', 9],
];

/** A stand-in for Pagefind: a fixed answer per query (the Letter filter answers with the letters only). */
function fakePagefind(answers: Record<string, PagefindResult[]>) {
	const searched: string[] = [];
	const search = async (term: string | null, options?: unknown): Promise<PagefindResponse> => {
		searched.push(term ?? '');
		const results = answers[term ?? ''] ?? [];
		const letterOnly = (options as { filters?: { type?: string } } | undefined)?.filters?.type === 'Letter';
		return { results: letterOnly ? await filterLetters(results) : results };
	};
	return { search, searched };
}

async function filterLetters(results: PagefindResult[]) {
	const kept = [];
	for (const result of results) if ((await result.data()).meta.type === 'Letter') kept.push(result);
	return kept;
}

async function run(answers: Record<string, PagefindResult[]>, query: string) {
	const pagefind = fakePagefind(answers);
	let correction: Correction | undefined;
	const search = forgivingSearch(pagefind.search, { query: async () => queryFile, words: async () => words }, (c) => (correction = c));
	const response = await search(query);
	return { ids: (response?.results ?? []).map((r) => r.id), correction, searched: pagefind.searched };
}

describe('forgivingSearch', () => {
	const person = page('person', { about: 'Maksat Dosmagambetov', type: 'Person' }, 'Maksat <mark>Dosmagambetov</mark>');
	const event = page('event', { about: 'Dosmagambetov arrested in Zhanaozen', type: 'Event' }, '<mark>Dosmagambetov</mark>');
	const letter = page(
		'letter',
		{ title: 'The letter', type: 'Letter', topics: 'Torture in Kazakhstan; Maksat Dosmagambetov' },
		'<mark>torture</mark>',
	);
	const note = page('note', { type: kindNames.annotations.label }, '<mark>torture</mark>', { letter: ['The letter'] });

	it('searches for the site spelling of a word typed another way, and says so', async () => {
		const { ids, correction, searched } = await run({ Dosmagambetov: [event, person] }, 'Досмагамбетов');
		expect(correction).toEqual({ typed: 'Досмагамбетов', showing: 'Dosmagambetov' });
		expect(searched).toContain('Dosmagambetov');
		expect(ids[0]).toBe('person');
	});

	it('puts the page whose own name the query is (or half of it) first', async () => {
		expect((await run({ Dosmagambetov: [event, person] }, 'Dosmagambetov')).ids).toEqual(['person', 'event']);
	});

	it('puts the letter right after it when the query is one of the letter’s topics, and first when nothing is named', async () => {
		expect((await run({ Dosmagambetov: [event, person, letter] }, 'Dosmagambetov')).ids).toEqual(['person', 'letter', 'event']);
		expect((await run({ torture: [note, event, letter] }, 'torture')).ids).toEqual(['letter', 'note', 'event']);
	});

	it('never puts a note before the letter it comments on', async () => {
		const unrelated = page('letter', { title: 'The letter', type: 'Letter', topics: 'elsewhere' });
		expect((await run({ torture: [note, unrelated] }, 'torture')).ids).toEqual(['letter', 'note']);
	});

	it('leaves out words that name nothing, which Pagefind would demand on every page', async () => {
		const { searched } = await run({ 'case Dosmagambetov': [person] }, 'the case of Dosmagambetov');
		expect(searched[0]).toBe('case Dosmagambetov');
	});

	it('offers a likely correction beside results that hold the words typed', async () => {
		const found = page('found', {}, 'the <mark>detentoin</mark> as written there');
		const { correction, ids } = await run({ detentoin: [found] }, 'detentoin');
		expect(correction).toEqual({ typed: 'detentoin', didYouMean: 'detention' });
		expect(ids).toEqual(['found']);
	});

	it('reports no correction for a query of site words', async () => {
		expect((await run({ torture: [letter] }, 'torture')).correction).toBeUndefined();
	});

	it('falls back to the pages with most of the words when no page has them all, and says so', async () => {
		const both = page('both');
		const prisonOnly = page('prison-only');
		const conditionsOnly = page('conditions-only');
		const { ids, correction } = await run(
			{ 'prison conditions': [], prison: [prisonOnly, both], conditions: [both, conditionsOnly] },
			'prison conditions',
		);
		expect(ids[0]).toBe('both');
		expect(ids).toEqual(expect.arrayContaining(['prison-only', 'conditions-only']));
		expect(correction).toEqual({ typed: 'prison conditions', mostOf: ['prison', 'conditions'] });
	});

	it('puts the pages that hold a quoted phrase first, whatever the quotes', async () => {
		const apart = page('apart', {}, '', {}, 'combat is effective against torture');
		const together = page('together', {}, '', {}, 'the effective combat of torture, it said');
		const { ids, correction } = await run({ 'effective combat of torture': [apart, together] }, '“effective combat of torture”');
		expect(ids.slice(0, 2)).toEqual(['together', 'apart']);
		expect(correction).toBeUndefined();
	});

	it('answers a who-question with people and organisations first, a when-question with events', async () => {
		const event = page('event', { type: 'Event', title: 'Agreement signed', date: '21 December 2015' });
		const person = page('person', { type: 'Person', title: 'Anna Koj' });
		expect((await run({ 'signed letter': [event, person] }, 'who signed the letter')).ids).toEqual(['person', 'event']);
		expect((await run({ signed: [person, event] }, 'when was it signed')).ids).toEqual(['event', 'person']);
	});

	it('says what it searched when markup was typed, and searches nothing for markup alone', async () => {
		const { ids, correction, searched } = await run({}, '<img src=x onerror=alert(1)>');
		expect(ids).toEqual([]);
		expect(searched).toEqual([]);
		expect(correction).toEqual({ typed: '<img src=x onerror=alert(1)>', markup: true, showing: '' });
		expect((await run({ torture: [letter] }, '<b>torture</b>')).correction).toEqual({ typed: '<b>torture</b>', markup: true, showing: 'torture' });
	});

	it('loads the vocabulary only when a query may need forgiving', async () => {
		let loads = 0;
		const found = ['a', 'b', 'c'].map((id) => page(id, {}, 'the <mark>detention</mark> centre'));
		const pagefind = fakePagefind({ detention: found, Досмагамбетов: [] });
		const search = forgivingSearch(pagefind.search, { query: async () => queryFile, words: async () => (loads++, words) }, () => {});
		await search('detention');
		expect(loads).toBe(0);
		await search('Досмагамбетов');
		expect(loads).toBe(1);
	});
});
