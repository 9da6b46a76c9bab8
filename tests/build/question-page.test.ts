import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format.ts';
import { dataOf, entries, idsOf, letterIds, mentionsOf, pageOf, receivedTextOf } from '../content.ts';
import { attr, element, elements, is, readPage, sitePath, textOf } from './dist.ts';
import { readReceivedLetter, type LetterheadData } from './received-letter.ts';

interface Author {
	person?: { id: string };
	name?: string;
	politicalGroup: string;
}
interface Question {
	reference?: string;
	referenceUnknown?: string;
	authors: Author[];
	authorsUnknown?: string;
	date?: string;
	answer?: { givenBy: string; date?: string };
}

const nameOf = (author: Author) => (author.person ? String(dataOf('people', author.person.id)['name']) : author.name!);

describe.each(idsOf('questions'))('the page of written question %s', (id) => {
	const question = dataOf('questions', id) as unknown as Question;
	const main = element(readPage(pageOf('questions', id)), '<main>', is.tag('main'));
	const mainText = textOf(main);

	it('lists its authors in the order of the source, diacritics intact, each with a page linked, with their political group', () => {
		const list = question.authors.length ? element(main, 'authors list', is.class('authors')) : undefined;
		const items = list ? elements(list, is.tag('li')) : [];
		expect(items.map((li) => textOf(li).replace(/\s*\([^)]*\).*$/, ''))).toEqual(question.authors.map(nameOf));
		items.forEach((li, i) => {
			const author = question.authors[i]!;
			expect(textOf(li)).toContain(`(${author.politicalGroup})`);
			const links = elements(li, is.tag('a')).map((a) => attr(a, 'href'));
			expect(links).toEqual(author.person ? [sitePath(pageOf('people', author.person.id))] : []);
		});
		if (question.authors.length === 0) expect(mainText).toContain(question.authorsUnknown);
	});

	it('gives its date and who answered, as the content records them', () => {
		if (question.date) expect(mainText).toContain(formatDate(question.date));
		if (question.answer) expect(mainText).toContain(`Given by ${question.answer.givenBy}`);
	});

	it('gives its reference, or says plainly that it is not identified and why, instead of inventing one', () => {
		const facts = elements(main, is.tag('dl')).flatMap((dl) => dl.children.filter((c): c is Element => c.type === 'element'));
		const label = facts.findIndex((el) => el.tagName === 'dt' && textOf(el) === 'Reference');
		expect(label, 'a "Reference" entry in the facts list').toBeGreaterThanOrEqual(0);
		const value = textOf(facts[label + 1] as Element);
		if (question.reference) {
			expect(value).toBe(question.reference);
			return;
		}
		expect(value).toMatch(/\bnot\b.*\bidentified\b/i);
		expect(value).not.toMatch(/[EOP]-\d{6}\/\d{4}/);
		expect(value, 'why, beside the fact itself').toContain(question.referenceUnknown);
	});

	it('says what is not identified once, not again in a notice of its own', () => {
		const backlinks = elements(main, is.class('backlinks')).map(textOf).join(' ');
		const times = (text: string) => (text.match(/not (?:yet )?(?:been )?identified/gi) ?? []).length;
		expect(times(mainText) - times(backlinks)).toBeLessThanOrEqual(1);
	});
});

/** The questions a letter links whose authors its footnotes name (the letter kept as received): they must be the page's authors, in order. */
const cited = letterIds.flatMap((letterId) => {
	const file = receivedTextOf(letterId);
	if (!file) return [];
	const footnotes = readReceivedLetter(file.text, dataOf('letters', letterId)['letterhead'] as LetterheadData).footnotes.join('\n');
	return mentionsOf('letters', letterId)
		.filter((mention) => mention.collection === 'questions')
		.filter((mention) => (dataOf('questions', mention.id) as unknown as Question).authors.some((author) => footnotes.includes(nameOf(author))))
		.map((mention) => ({ letterId, questionId: mention.id, footnotes }));
});

it.skipIf(entries.questions.length === 0)('finds questions whose authors a letter’s footnotes name', () => {
	expect(cited.length).toBeGreaterThan(0);
});

describe.each(cited)('$questionId, cited by $letterId', ({ questionId, footnotes }) => {
	it('names the authors the letter names, in the letter’s order', () => {
		const question = dataOf('questions', questionId) as unknown as Question;
		const positions = question.authors.map(nameOf).map((name) => footnotes.indexOf(name));
		expect(positions.filter((p) => p < 0)).toEqual([]);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});
});
