import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { attr, element, elements, is, readPage, sitePath, textOf } from './dist.ts';
import { readSeedLetter } from './seed-letter.ts';

const page = readPage('/questions/written-question-11-ecr-meps-2014/');
const main = element(page, '<main>', is.tag('main'));
const mainText = textOf(main);

/** The 11 authors in the order the letter's footnote lists them, with the id of each one's page. */
const authors: [name: string, id: string][] = [
	['Jadwiga Wiśniewska', 'jadwiga-wisniewska'],
	['Anna Elżbieta Fotyga', 'anna-elzbieta-fotyga'],
	['Zdzisław Krasnodębski', 'zdzislaw-krasnodebski'],
	['Janusz Wojciechowski', 'janusz-wojciechowski'],
	['Stanisław Ożóg', 'stanislaw-ozog'],
	['Beata Gosiewska', 'beata-gosiewska'],
	['Marek Jurek', 'marek-jurek'],
	['Kazimierz Michał Ujazdowski', 'kazimierz-michal-ujazdowski'],
	['Marek Józef Gróbarczyk', 'marek-jozef-grobarczyk'],
	['Bolesław G. Piecha', 'boleslaw-g-piecha'],
	['Andrzej Duda', 'andrzej-duda'],
];

describe('the written question page', () => {
	it('expects the authors the letter names (this list matches the seed footnote)', () => {
		const names = [...readSeedLetter().footnote.matchAll(/(?:asked by |, )([^,()]+?) \(ECR\)/gu)].map((m) => m[1]);
		expect(names).toEqual(authors.map(([name]) => name));
	});

	it('lists the 11 authors, diacritics intact, each linking to their page, in the order of the source', () => {
		const hrefs = new Map(authors.map(([name, id]) => [sitePath(`/people/${id}/`), name]));
		const listed = elements(main, (el) => el.tagName === 'a' && hrefs.has(attr(el, 'href')))
			.map((a) => [textOf(a), attr(a, 'href')])
			.filter(([, href], i, all) => all.findIndex(([, h]) => h === href) === i);
		expect(listed).toEqual(authors.map(([name, id]) => [name, sitePath(`/people/${id}/`)]));
	});

	it('gives each author their political group, ECR', () => {
		const hrefs = new Set(authors.map(([, id]) => sitePath(`/people/${id}/`)));
		const items = elements(main, (el) => el.tagName === 'li' && elements(el, (a) => a.tagName === 'a' && hrefs.has(attr(a, 'href'))).length > 0);
		expect(items.map((li) => textOf(li)).filter((text) => !text.includes('(ECR)'))).toEqual([]);
		expect(items.length).toBeGreaterThanOrEqual(authors.length);
	});

	it('gives the date as the letter does, 10 October 2014', () => {
		expect(mainText).toContain('10 October 2014');
	});

	it('says who answered: the Vice President/High Representative on behalf of the Commission', () => {
		expect(mainText).toContain('Vice President/High Representative on behalf of the Commission');
	});

	it('says plainly that its reference is not identified, and why, instead of inventing one', () => {
		const facts = elements(main, is.tag('dl')).flatMap((dl) => dl.children.filter((c): c is Element => c.type === 'element'));
		const label = facts.findIndex((el) => el.tagName === 'dt' && textOf(el) === 'Reference');
		expect(label, 'a "Reference" entry in the facts list').toBeGreaterThanOrEqual(0);
		const value = textOf(facts[label + 1] as Element);
		expect(value).toMatch(/\bnot\b.*\bidentified\b/i);
		expect(value).not.toMatch(/[EOP]-\d{6}\/\d{4}/);
		const note = element(main, 'note on the missing reference', (el) => is.class('notice-unknown')(el) && /not .*identified/i.test(textOf(el)));
		expect(textOf(note).replace(/^.*?identified\.?/i, '').trim(), 'a reason after the notice').not.toBe('');
	});
});
