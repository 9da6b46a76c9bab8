import { describe, expect, it } from 'vitest';
import { collections } from '../../src/collections.ts';
import { formatDate } from '../../src/lib/format.ts';
import { dataOf, entries, idsOf as ids, letterIds, pageOf } from '../content.ts';
import { attr, element, elements, htmlFiles, is, parseFile, pathOf, readPage, sitePath, textOf } from './dist.ts';

type Ref = { id: string };

describe('the timeline', () => {
	const page = readPage('/timeline/');
	const rows = elements(page, (el) => el.tagName === 'li' && is.class('timeline-event')(el));

	it('lists every event and every letter, oldest first', () => {
		expect(rows.map((row) => attr(row, 'id')).sort()).toEqual([...ids('events'), ...ids('letters').map((id) => `letter-${id}`)].sort());
		const dates = rows.map((row) => attr(element(row, 'time', is.tag('time')), 'datetime'));
		expect(dates).toEqual([...dates].sort());
	});

	const disputed = entries.events.filter((event) => (event.data['disputedDates'] as unknown[]).length > 0);
	it.skipIf(disputed.length === 0).each(disputed.map((event) => event.id))(
		'shows where sources disagree on the date of %s, naming each source',
		(id) => {
			const row = rows.find((r) => attr(r, 'id') === id)!;
			expect(textOf(row)).toMatch(/Sources disagree/);
			for (const { date, source } of dataOf('events', id)['disputedDates'] as { date: string; source: Ref }[]) {
				expect(textOf(row)).toContain(`${formatDate(date)} according to ${String(dataOf('sources', source.id)['publisher'])}`);
			}
		},
	);
});

describe('the glossary', () => {
	const page = readPage('/glossary/');

	/** The plain text of each letter, from the HTML the build rendered. */
	const letterTexts = entries.letters.map((letter) => ({
		id: letter.id,
		text: (letter.rendered?.html ?? '').replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' '),
	}));
	const wholeWord = (spelling: string) => new RegExp(`(?<![\\p{L}\\p{N}])${spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

	/** The page a term names when the thing has its own (an organisation, an event). */
	const ownPage = (id: string) => {
		const term = dataOf('glossary', id) as { organization?: Ref; event?: Ref };
		if (term.organization) return pageOf('organizations', term.organization.id);
		if (term.event) return pageOf('events', term.event.id);
		return undefined;
	};
	const sectionOf = (id: string) =>
		element(page, `section of ${id}`, (el) => el.tagName === 'section' && elements(el, is.id(id)).some((h) => h.tagName === 'h2'));
	const defined = ids('glossary').filter((id) => !ownPage(id));
	const pointing = ids('glossary').filter((id) => ownPage(id));

	it.skipIf(defined.length === 0).each(defined)('has a section for %s that links every letter using the term to its passages', (id) => {
		const section = sectionOf(id);
		const term = dataOf('glossary', id) as { term: string; matches: string[] };
		const spellings = term.matches.length > 0 ? term.matches : [term.term];
		const using = letterTexts.filter(({ text }) => spellings.some((spelling) => wholeWord(spelling).test(text))).map((l) => l.id);
		const linked = elements(section, (el) => el.tagName === 'a' && /#(p-\d+|user-content-fn-\d+)$/.test(attr(el, 'href'))).map((a) =>
			letterIds.find((letter) => attr(a, 'href').startsWith(sitePath(pageOf('letters', letter)))),
		);
		expect([...new Set(linked)].sort()).toEqual(using.sort());
	});

	it.skipIf(pointing.length === 0).each(pointing)(
		'lists %s, which has a page of its own, by linking that page instead of defining it again',
		(id) => {
			const target = sitePath(ownPage(id)!);
			const links = elements(sectionOf(id), is.tag('a')).map((a) => attr(a, 'href'));
			expect(links.length).toBeGreaterThan(0);
			expect(links.every((href) => href === target)).toBe(true);
			// Its old address still works, as static hosts serve a redirect: a refresh, the canonical address and a link.
			const old = readPage(pageOf('glossary', id));
			const refresh = element(old, 'refresh', (el) => el.tagName === 'meta' && attr(el, 'httpEquiv') === 'refresh');
			expect(attr(refresh, 'content')).toBe(`0; url=${target}`);
			expect(
				attr(
					element(old, 'canonical', (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical'),
					'href',
				),
			).toMatch(new RegExp(`${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
			expect(elements(old, (el) => el.tagName === 'a' && attr(el, 'href') === target)).toHaveLength(1);
			expect(elements(old, is.attr('dataPagefindBody'))).toHaveLength(0);
		},
	);
});

describe('the attached reports', () => {
	it.each(ids('reports'))('%s says it is an editorial summary, links back to its letter and cites a source in every footnote', (id) => {
		const page = readPage(pageOf('reports', id));
		expect(textOf(page)).toMatch(/This is our summary, not the original/);
		const letter = sitePath(pageOf('letters', (dataOf('reports', id)['attachedTo'] as Ref).id));
		expect(elements(page, (el) => el.tagName === 'a' && attr(el, 'href') === letter).length).toBeGreaterThan(0);
		const notes = elements(page, (el) => el.tagName === 'li' && attr(el, 'id').startsWith('user-content-fn-'));
		expect(notes.length).toBeGreaterThan(0);
		for (const note of notes) {
			const cites = elements(note, (el) => el.tagName === 'a' && attr(el, 'href').startsWith(sitePath('/sources/')));
			expect(cites.length, `${attr(note, 'id')} of ${id}`).toBeGreaterThan(0);
		}
	});

	const enclosing = letterIds.filter((id) => (dataOf('letters', id)['attachments'] as unknown[]).length > 0);
	it.each(enclosing)('%s lists its attachments, linking the report on each', (id) => {
		const list = element(readPage(pageOf('letters', id)), 'attachments', is.class('attachments'));
		const links = elements(list, (el) => el.tagName === 'a').map((a) => attr(a, 'href'));
		const attachments = dataOf('letters', id)['attachments'] as { description: string; report?: Ref }[];
		expect(links).toEqual(attachments.flatMap((a) => (a.report ? [sitePath(pageOf('reports', a.report.id))] : [])));
		for (const { description } of attachments) expect(textOf(list)).toContain(description);
	});
});

describe('search metadata', () => {
	const indexed = htmlFiles().filter((file) => elements(parseFile(file), is.attr('dataPagefindBody')).length > 0);

	it('gives every indexed page a type and every dated one a year filter', () => {
		for (const file of indexed) {
			const filters = elements(parseFile(file), is.attr('dataPagefindFilter')).map((el) => attr(el, 'dataPagefindFilter'));
			expect(
				filters.some((f) => f.startsWith('type:')),
				pathOf(file),
			).toBe(true);
		}
		for (const id of letterIds) {
			const letter = dataOf('letters', id);
			const addressee = dataOf('people', (letter['addressee'] as { person: Ref }).person.id)['name'];
			const filters = elements(readPage(pageOf('letters', id)), is.attr('dataPagefindFilter')).map((el) => attr(el, 'dataPagefindFilter'));
			expect(filters).toEqual(
				expect.arrayContaining(['type:Letter', `year:${String(letter['date']).slice(0, 4)}`, `person:${addressee}`, `letter:${letter['title']}`]),
			);
		}
	});

	it.each(ids('reports'))('files report %s under its letter and the people and cases it concerns', (id) => {
		const report = dataOf('reports', id);
		const filters = elements(readPage(pageOf('reports', id)), is.attr('dataPagefindFilter')).map((el) => attr(el, 'dataPagefindFilter'));
		expect(filters).toEqual(
			expect.arrayContaining([
				`type:${collections.reports.label}`,
				`letter:${dataOf('letters', (report['attachedTo'] as Ref).id)['title']}`,
				...(report['people'] as Ref[]).map((p) => `person:${dataOf('people', p.id)['name']}`),
				...(report['cases'] as Ref[]).map((c) => `case:${dataOf('cases', c.id)['title']}`),
			]),
		);
	});

	it('keeps the site chrome out of the index', () => {
		for (const file of indexed) {
			const tree = parseFile(file);
			const body = element(tree, 'data-pagefind-body', is.attr('dataPagefindBody'));
			expect(
				elements(body, (el) => el.tagName === 'header' && is.class('site-header')(el)),
				pathOf(file),
			).toHaveLength(0);
			expect(
				elements(body, (el) => el.tagName === 'footer' && is.class('site-footer')(el)),
				pathOf(file),
			).toHaveLength(0);
		}
	});
});
