import anyAscii from 'any-ascii';
import type { LetterMap } from './spelling.ts';

/** Blocks whose letters a reader may type: Latin (with its extensions), Greek, Cyrillic. */
const blocks: [from: number, to: number][] = [
	[0x00c0, 0x024f],
	[0x1e00, 0x1eff],
	[0x0370, 0x03ff],
	[0x0400, 0x052f],
];

let map: LetterMap | undefined;

/**
 * The letters no Unicode decomposition turns into ASCII (ł, ß, æ, every Cyrillic letter…), each with its
 * ASCII spelling from `any-ascii`: built once, at build time, and written into the site's vocabulary so
 * the browser folds a query the same way without the library.
 */
export function foldingLetters(): LetterMap {
	if (map) return map;
	const letters: Record<string, string> = {};
	for (const [from, to] of blocks) {
		for (let code = from; code <= to; code++) {
			const char = String.fromCodePoint(code);
			if (!/\p{L}/u.test(char) || /^[\x00-\x7f]/.test(char.normalize('NFD'))) continue;
			const ascii = anyAscii(char);
			if (ascii && ascii !== char) letters[char] = ascii;
		}
	}
	map = letters;
	return map;
}
