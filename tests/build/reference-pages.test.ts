import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attr, element, elements, htmlFiles, is, parseFile, pathOf, readPage, sitePath, textOf } from './dist.ts';

const ids = (collection: string) =>
	readdirSync(`content/${collection}`)
		.filter((name) => /\.(md|ya?ml)$/.test(name))
		.map((name) => name.replace(/\.(md|ya?ml)$/, ''));

describe('the timeline', () => {
	const page = readPage('/timeline/');
	const rows = elements(page, (el) => el.tagName === 'li' && is.class('timeline-event')(el));

	it('lists every event and every letter, oldest first', () => {
		expect(rows.map((row) => attr(row, 'id')).sort()).toEqual([...ids('events'), ...ids('letters').map((id) => `letter-${id}`)].sort());
		const dates = rows.map((row) => attr(element(row, 'time', is.tag('time')), 'datetime'));
		expect(dates).toEqual([...dates].sort());
	});

	it('shows where sources disagree on a date, naming each source', () => {
		const row = rows.find((r) => attr(r, 'id') === 'epca-in-force-2020')!;
		expect(textOf(row)).toMatch(/Sources disagree/);
		expect(textOf(row)).toMatch(/1 March 2019/);
	});
});

describe('the glossary', () => {
	const page = readPage('/glossary/');

	it('has a heading for every term, and each term used in the letter links to its passages', () => {
		for (const id of ids('glossary')) {
			const heading = element(page, `h2#${id}`, is.id(id));
			expect(heading.tagName).toBe('h2');
		}
		const uses = elements(page, (el) => el.tagName === 'a' && attr(el, 'href').startsWith(sitePath('/letters/')) && /#(p-\d+|user-content-fn-\d+)$/.test(attr(el, 'href')));
		expect(uses.length).toBeGreaterThan(ids('glossary').length);
	});
});

describe('the attached reports', () => {
	it.each(ids('reports'))('%s says it is an editorial summary, links back to the letter and cites a source in every footnote', (id) => {
		const page = readPage(`/reports/${id}/`);
		expect(textOf(page)).toMatch(/editorial summary, not the original/);
		expect(elements(page, (el) => el.tagName === 'a' && attr(el, 'href') === sitePath('/letters/odf-to-mogherini-2015-02-02/')).length).toBeGreaterThan(0);
		const notes = elements(page, (el) => el.tagName === 'li' && attr(el, 'id').startsWith('user-content-fn-'));
		expect(notes.length).toBeGreaterThan(0);
		for (const note of notes) {
			const cites = elements(note, (el) => el.tagName === 'a' && attr(el, 'href').startsWith(sitePath('/sources/')));
			expect(cites.length, `${attr(note, 'id')} of ${id}`).toBeGreaterThan(0);
		}
	});

	it('the letter lists its attachments with links to the three reports', () => {
		const letter = readPage('/letters/odf-to-mogherini-2015-02-02/');
		const list = element(letter, 'attachments', is.class('attachments'));
		const links = elements(list, (el) => el.tagName === 'a').map((a) => attr(a, 'href'));
		expect(links.sort()).toEqual(ids('reports').map((id) => sitePath(`/reports/${id}/`)).sort());
	});
});

describe('search metadata', () => {
	const indexed = htmlFiles().filter((file) => elements(parseFile(file), is.attr('dataPagefindBody')).length > 0);

	it('gives every indexed page a type and every dated one a year filter', () => {
		for (const file of indexed) {
			const filters = elements(parseFile(file), is.attr('dataPagefindFilter')).map((el) => attr(el, 'dataPagefindFilter'));
			expect(filters.some((f) => f.startsWith('type:')), pathOf(file)).toBe(true);
		}
		const letter = readPage('/letters/odf-to-mogherini-2015-02-02/');
		const filters = elements(letter, is.attr('dataPagefindFilter')).map((el) => attr(el, 'dataPagefindFilter'));
		expect(filters).toEqual(expect.arrayContaining(['type:Letter', 'year:2015', 'person:Federica Mogherini']));
	});

	it('files reports under the people and cases they concern', () => {
		const report = readPage('/reports/dosmagambetov-case-summary/');
		const filters = elements(report, is.attr('dataPagefindFilter')).map((el) => attr(el, 'dataPagefindFilter'));
		expect(filters).toEqual(expect.arrayContaining(['type:Report', 'person:Maksat Dosmagambetov', 'case:The case of Maksat Dosmagambetov']));
	});

	it('keeps the site chrome out of the index', () => {
		for (const file of indexed) {
			const tree = parseFile(file);
			const body = element(tree, 'data-pagefind-body', is.attr('dataPagefindBody'));
			expect(elements(body, (el) => el.tagName === 'header' && is.class('site-header')(el)), pathOf(file)).toHaveLength(0);
			expect(elements(body, (el) => el.tagName === 'footer' && is.class('site-footer')(el)), pathOf(file)).toHaveLength(0);
		}
	});
});
