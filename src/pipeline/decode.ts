/** A file's text, or where and why it is not readable text. */
type Decoded = { ok: true; text: string } | { ok: false; line: number; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a file's bytes as the UTF-8 text editors' tools write: a byte-order mark is dropped and Windows
 * (and old Mac) line ends become `\n`, so lines are counted alike everywhere. Bytes that are not UTF-8,
 * or a NUL (a binary file), are refused with the line they are on, never replaced with U+FFFD.
 */
export function decodeText(bytes: Uint8Array): Decoded {
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		return { ok: false, line: firstBadLine(bytes), message: 'is not UTF-8 text; save the file as UTF-8' };
	}
	text = text.replace(/\r\n?/g, '\n');
	const nul = text.indexOf('\0');
	if (nul !== -1) return { ok: false, line: lineAt(text, nul), message: 'holds a NUL byte, so it is not a text file; expected UTF-8 text' };
	return { ok: true, text };
}

/** The 1-based line of the first bytes that do not decode: each line is decoded on its own. */
function firstBadLine(bytes: Uint8Array): number {
	let line = 1;
	let start = 0;
	for (let i = 0; i <= bytes.length; i++) {
		if (i < bytes.length && bytes[i] !== 0x0a) continue;
		try {
			utf8.decode(bytes.subarray(start, i));
		} catch {
			return line;
		}
		line += 1;
		start = i + 1;
	}
	return line;
}

/** The 1-based line of an offset in a text. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
	return line;
}
