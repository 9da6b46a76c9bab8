import { normalizeSpace } from './dist.ts';

/** The letterhead as the letter's frontmatter records it (`letterhead` in src/schemas/letter.ts). */
export interface LetterheadData {
	mark: string;
	offices: { lines: string[]; phone?: string | undefined }[];
}

/** What the site must show of a letter as received, after the edits every letter's provenance note declares. */
export interface ReceivedLetter {
	/** The letterhead's lines, in order, wherever the paper printed them (the site prints it once, at the top). */
	letterhead: string[];
	/** Each footnote's text, a placeholder link such as `([LINK](#))` now a link whose text is `LINK`. */
	footnotes: string[];
	/** Every other line, in order, paragraphs cut by a page break mended, superscript numbers as digits. */
	lines: string[];
	/** The lines a page break had cut, whole again (each must be one paragraph on the site). */
	mended: string[];
}

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const digitsOf = (text: string) => text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/gu, (s) => String(superscripts.indexOf(s)));
const footnoteLine = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) (.*)$/u;

/**
 * Reads a letter as received (plain text, as the sender's document gives it) and applies the edits the
 * edition declares: the letterhead, wherever a page put it, is set apart; a line that starts in lower
 * case continues the paragraph a page break cut; superscript numbers become footnote numbers; the
 * document's placeholder links `([TEXT](#))` become links whose text is TEXT.
 */
export function readReceivedLetter(text: string, letterhead: LetterheadData): ReceivedLetter {
	const raw = text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map(normalizeSpace);
	const printed = new Set([letterhead.mark, ...letterhead.offices.flatMap((office) => office.lines)]);
	const phones = letterhead.offices.flatMap((office) => (office.phone ? [office.phone] : []));
	const inLetterhead = (line: string) => printed.has(line) || phones.some((phone) => line.endsWith(phone));

	// The letterhead is the run of its own lines that starts at its wordmark (a signature may repeat one of them).
	const letterheadAt = new Set<number>();
	const start = raw.indexOf(letterhead.mark);
	for (let i = start; start !== -1 && i < raw.length && (raw[i] === '' || inLetterhead(raw[i]!)); i++) letterheadAt.add(i);

	const footnotes: string[] = [];
	const lines: string[] = [];
	const mended = new Set<number>();
	raw.forEach((line, i) => {
		if (line === '' || letterheadAt.has(i)) return;
		const footnote = footnoteLine.exec(line);
		if (footnote) {
			footnotes.push(footnote[2]!.replace(/\(\[([^\]]+)\]\(#\)\)/g, '($1)'));
		} else if (/^\p{Ll}/u.test(line) && lines.length > 0) {
			lines[lines.length - 1] += ` ${line}`;
			mended.add(lines.length - 1);
		} else {
			lines.push(digitsOf(line));
		}
	});
	return { letterhead: raw.filter((_, i) => letterheadAt.has(i) && raw[i] !== ''), footnotes, lines, mended: [...mended].map((i) => lines[i]!) };
}

/** Splits prose into sentences (a full stop, ? or ! with an optional closing quote, then a space). */
export function sentencesOf(line: string): string[] {
	return line.split(/(?<=[.?!][”’"']?)\s+/u).filter(Boolean);
}
