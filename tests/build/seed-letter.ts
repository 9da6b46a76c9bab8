import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeSpace } from './dist.ts';

/** The letter as received, kept byte for byte as a fixture (`.gitattributes` stops git from changing it). */
export const seedPath = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/seed/letter-as-received.txt');

/** What the site must show of the seed letter, after the edits its provenance note declares. */
export interface SeedLetter {
	/** Lines of the page-two letterhead, in order (printed once, at the top, on the site). */
	letterhead: string[];
	/** The footnote's text, its placeholder `([LINK](#))` now a link whose text is `LINK`. */
	footnote: string;
	/** Every other line, in order, with the letterhead's page break mended and `¹` as `1`. */
	lines: string[];
}

/** Reads the seed and applies the edits that the letter's provenance note declares. */
export function readSeedLetter(): SeedLetter {
	const raw = readFileSync(seedPath, 'utf8').replace(/\r\n?/g, '\n').split('\n').map(normalizeSpace);
	const start = raw.indexOf('OPEN DIALOG');
	const end = raw.findIndex((line) => line.startsWith('T: +48 22 307 11 22'));
	if (start === -1 || end < start) throw new Error(`${seedPath}: no page-two letterhead found`);
	const letterhead = raw.slice(start, end + 1).filter(Boolean);
	const rest = [...raw.slice(0, start), ...raw.slice(end + 1)].filter(Boolean);
	const footnoteLine = rest.find((line) => line.startsWith('¹ '));
	if (!footnoteLine) throw new Error(`${seedPath}: no footnote line starting with "¹ "`);
	const footnote = footnoteLine.slice(2).replace('([LINK](#))', '(LINK)');
	const lines: string[] = [];
	for (const line of rest.filter((l) => l !== footnoteLine)) {
		// A line that starts in lower case continues the paragraph the page break cut.
		if (/^\p{Ll}/u.test(line) && lines.length > 0) lines[lines.length - 1] += ` ${line}`;
		else lines.push(line.replace('¹', '1'));
	}
	return { letterhead, footnote, lines };
}

/** Splits prose into sentences (a full stop, ? or ! with an optional closing quote, then a space). */
export function sentencesOf(line: string): string[] {
	return line.split(/(?<=[.?!][”’"']?)\s+/u).filter(Boolean);
}
