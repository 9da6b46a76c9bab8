import type { Element, Nodes } from 'hast';
import { describe, expect, it } from 'vitest';
import { dataOf, featuredLetterId, letterIds, pageOf, receivedTextOf } from '../content.ts';
import { element, elements, is, readPage, textOf, textWithout } from './dist.ts';
import { readReceivedLetter, sentencesOf, type LetterheadData } from './received-letter.ts';

/** A footnote number in the text: the letter's own, kept out of search excerpts only (data-pagefind-ignore). */
const footnoteNumber = (el: Element) =>
	el.tagName === 'sup' && el.children.some((child) => child.type === 'element' && is.attr('dataFootnoteRef')(child));

/** Editorial layers inside the letter that are not its words: notes in <aside>, permalinks and other chrome. */
const editorial = (el: Element) => el.tagName === 'aside' || (is.attr('dataPagefindIgnore')(el) && !footnoteNumber(el));

/** Every letter kept as received beside the content (tests/fixtures/seed/received/, or a fixture set's). */
const received = letterIds.flatMap((id) => {
	const file = receivedTextOf(id);
	return file ? [{ id, ...file }] : [];
});

/** Document order of every element, to tell what comes first. */
function orderOf(root: Nodes): Map<Element, number> {
	const order = new Map<Element, number>();
	for (const el of elements(root, () => true)) order.set(el, order.size);
	return order;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

it('keeps the featured letter as received, at least', () => {
	expect(received.map((letter) => letter.id)).toContain(featuredLetterId);
});

describe.each(received)('the page of $id shows the letter as received verbatim', ({ id, path, text }) => {
	const page = readPage(pageOf('letters', id));
	const letter = element(page, 'letter <article>', is.tag('article'));
	const letterText = textWithout(letter, editorial);
	const seed = readReceivedLetter(text, dataOf('letters', id)['letterhead'] as LetterheadData);
	const footnotes = () => element(letter, 'footnotes section', is.attr('dataFootnotes'));
	/** The letterhead: a <header> (or an element classed `letterhead`) inside the letter. */
	const letterhead = () => element(letter, 'letterhead <header> in the letter', (el) => el.tagName === 'header' || is.class('letterhead')(el));

	it(`has every sentence of ${path}`, () => {
		const missing = seed.lines.flatMap(sentencesOf).filter((sentence) => !letterText.includes(sentence));
		expect(missing).toEqual([]);
	});

	it('has every footnote sentence in its footnotes', () => {
		const notes = seed.footnotes.length ? textWithout(footnotes(), editorial) : '';
		expect(seed.footnotes.flatMap(sentencesOf).filter((sentence) => !notes.includes(sentence))).toEqual([]);
	});

	it('keeps the lines in their order', () => {
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

	it('turns superscript numbers into footnote references', () => {
		expect(letterText).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/u);
		const refs = elements(letter, is.attr('dataFootnoteRef')).map((ref) => textOf(ref));
		expect(refs).toEqual(seed.footnotes.map((_, i) => String(i + 1)));
	});

	it('turns placeholder links such as ([LINK](#)) into links with that text', () => {
		const placeholders = [...text.matchAll(/\(\[([^\]]+)\]\(#\)\)/g)].map((m) => m[1]!);
		if (placeholders.length === 0) return;
		const notes = footnotes();
		for (const label of placeholders) {
			expect(
				elements(notes, (el) => el.tagName === 'a' && textWithout(el, editorial) === label),
				label,
			).toHaveLength(1);
		}
		expect(textOf(notes)).not.toMatch(/\]\(#\)/);
	});

	it('prints the letterhead once, at the top, every line in order, before the date line and the body', () => {
		const head = letterhead();
		const headText = textOf(head);
		const positions = seed.letterhead.map((line) => headText.indexOf(line));
		expect(
			positions.filter((p) => p < 0),
			`letterhead text: ${headText}`,
		).toEqual([]);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		const order = orderOf(letter);
		const body = elements(
			letter,
			(el) => el.tagName === 'p' && seed.lines.some((line) => textWithout(el, editorial).includes(sentencesOf(line)[0] ?? line)),
		);
		expect(body.length).toBeGreaterThan(0);
		for (const paragraph of body) expect(order.get(head)).toBeLessThan(order.get(paragraph) ?? -1);
	});

	it('shows nothing more often than the letter has it (the letterhead is not repeated in the body)', () => {
		const whole = seed.letterhead.concat(seed.lines).join('\n');
		const repeated = seed.letterhead.filter((line) => line.length >= 12 && occurrences(letterText, line) > occurrences(whole, line));
		expect(repeated).toEqual([]);
	});

	it('mends paragraphs a page break cut: each is whole in one <p>', () => {
		for (const line of seed.mended) {
			const paragraphs = elements(letter, (el) => el.tagName === 'p' && textWithout(el, editorial).includes(line));
			expect(paragraphs, line).toHaveLength(1);
		}
	});
});
