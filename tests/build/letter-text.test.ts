import type { Element, Nodes } from 'hast';
import { describe, expect, it } from 'vitest';
import { element, elements, is, readPage, textOf, textWithout } from './dist.ts';
import { readSeedLetter, sentencesOf } from './seed-letter.ts';

const page = readPage('/letters/odf-to-mogherini-2015-02-02/');
const letter = element(page, 'letter <article>', is.tag('article'));
/** Editorial layers inside the letter that are not its words: notes in <aside>, permalinks and other chrome. */
const editorial = (el: Element) => el.tagName === 'aside' || is.attr('dataPagefindIgnore')(el);
const letterText = textWithout(letter, editorial);
const seed = readSeedLetter();

/** The letterhead: a <header> (or an element classed `letterhead`) inside the letter. */
const letterhead = element(letter, 'letterhead <header> in the letter', (el) => el.tagName === 'header' || is.class('letterhead')(el));

/** Document order of every element, to tell what comes first. */
function orderOf(root: Nodes): Map<Element, number> {
	const order = new Map<Element, number>();
	for (const el of elements(root, () => true)) order.set(el, order.size);
	return order;
}

function occurrences(text: string, part: string): number {
	return text.split(part).length - 1;
}

describe('the letter page shows the seed letter verbatim', () => {
	it.each(seed.lines.flatMap(sentencesOf))('has %j', (sentence) => {
		expect(letterText).toContain(sentence);
	});

	it.each(sentencesOf(seed.footnote))('has the footnote sentence %j', (sentence) => {
		const footnotes = element(letter, 'footnotes section', is.attr('dataFootnotes'));
		expect(textWithout(footnotes, editorial)).toContain(sentence);
	});

	it('keeps the seed lines in their order', () => {
		let cursor = 0;
		const outOfOrder: string[] = [];
		for (const line of seed.lines) {
			const start = sentencesOf(line)[0] ?? line;
			const at = letterText.indexOf(start, cursor);
			if (at === -1) outOfOrder.push(start);
			else cursor = at + start.length;
		}
		expect(outOfOrder).toEqual([]);
	});

	it('turns the superscript ¹ into the footnote reference number', () => {
		expect(letterText).not.toContain('¹');
		const ref = element(letter, 'footnote reference', is.attr('dataFootnoteRef'));
		expect(textOf(ref)).toBe('1');
		expect(letterText).toContain('fundamental freedoms”.1');
	});

	it('turns the footnote placeholder ([LINK](#)) into a link whose text is LINK', () => {
		const footnotes = element(letter, 'footnotes section', is.attr('dataFootnotes'));
		const links = elements(footnotes, (el) => el.tagName === 'a' && textWithout(el, editorial) === 'LINK');
		expect(links).toHaveLength(1);
		expect(textOf(footnotes)).not.toContain('[LINK]');
		expect(textOf(footnotes)).not.toContain('(#)');
	});
});

describe('the page-two letterhead', () => {
	it('is printed at the top of the letter, with every line in order', () => {
		const text = textOf(letterhead);
		const positions = seed.letterhead.map((line) => text.indexOf(line));
		expect(positions.filter((p) => p < 0), `letterhead text: ${text}`).toEqual([]);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});

	it('comes before the date line, the salutation and the body', () => {
		const order = orderOf(letter);
		const firstBodyParagraph = element(letter, 'first body paragraph', (el) => el.tagName === 'p' && textOf(el).startsWith('Given the recent'));
		const dateLine = element(letter, 'date line', (el) => el.tagName !== 'article' && textOf(el) === 'Brussels, 2 February 2015');
		expect(order.get(letterhead)).toBeLessThan(order.get(dateLine) ?? -1);
		expect(order.get(letterhead)).toBeLessThan(order.get(firstBodyParagraph) ?? -1);
	});

	it('is not repeated in the flow of the body', () => {
		for (const line of ['Postal box: 27', '11 a Szucha Avenue, office 21', '00-580 Warsaw, Poland', '+48 22 307 11 22']) {
			expect(occurrences(letterText, line), line).toBe(1);
		}
	});

	it('no longer cuts the paragraph it fell into: that paragraph is whole in one <p>', () => {
		const paragraphs = elements(letter, (el) => el.tagName === 'p' && textWithout(el, editorial).includes('well-established'));
		expect(paragraphs).toHaveLength(1);
		const text = textWithout(paragraphs[0] as Element, editorial);
		expect(text).toMatch(/^Secondly, the NPM does not cover all places of detention/);
		expect(text).toContain('as well as shared by well-established nongovernmental organisations and individual human rights activists');
		expect(text).toMatch(/the systemic problem of torture in Kazakhstan\.$/);
	});
});
