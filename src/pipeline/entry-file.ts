import { collections } from '../collections.ts';
import { decodeText } from './decode.ts';
import type { ContentError } from './errors.ts';
import type { RawFile } from './files.ts';
import { findTooDeep } from './nesting.ts';
import { parseYaml } from './yaml.ts';

/** One content file, read and parsed for checking: its data, its Markdown body, where each field is. */
export interface EntryFile {
	collection: RawFile['collection'];
	id: string;
	/** Path as error messages print it. */
	path: string;
	extension: string;
	/** The YAML record or the frontmatter; undefined when it could not be read. */
	data: unknown;
	/** The Markdown body, for Markdown files that could be read (text after the frontmatter). */
	body?: string | undefined;
	/** 1-based line of the file where the body starts. */
	bodyLine: number;
	/** 1-based line of a field path such as `authors.3.person`; the nearest existing parent if absent. */
	lineOf(path: readonly (string | number)[]): number;
	/** What kept the file from being read: encoding, frontmatter, YAML, nesting. */
	errors: ContentError[];
}

/** Decodes and parses one file: YAML for records and frontmatter, the body kept as text for the Markdown processor. */
export function parseEntryFile(raw: RawFile): EntryFile {
	const base = { collection: raw.collection, id: raw.id, path: raw.path, extension: raw.extension };
	const failed = (line: number, field: string, message: string): EntryFile => ({
		...base,
		data: undefined,
		bodyLine: 1,
		lineOf: () => line,
		errors: [{ file: raw.path, line, field, message }],
	});
	const decoded = decodeText(raw.bytes);
	if (!decoded.ok) return failed(decoded.line, 'file', decoded.message);
	if (raw.extension !== '.md') {
		const yaml = parseYaml(decoded.text);
		return {
			...base,
			data: yaml.data,
			bodyLine: 1,
			lineOf: yaml.lineOf,
			errors: yaml.errors.map((e) => ({ file: raw.path, line: e.line, field: 'yaml', message: e.message })),
		};
	}
	const split = splitFrontmatter(decoded.text);
	if ('error' in split) return failed(split.line, 'frontmatter', split.error);
	const yaml = parseYaml(split.frontmatter, 2);
	const errors: ContentError[] = yaml.errors.map((e) => ({ file: raw.path, line: e.line, field: 'yaml', message: e.message }));
	const tooDeep = findTooDeep(split.body);
	if (tooDeep) errors.push({ file: raw.path, line: split.bodyLine + tooDeep.line - 1, field: 'body', message: tooDeep.message });
	if (collections[raw.collection].bodyRequired && split.body.trim() === '') {
		errors.push({
			file: raw.path,
			line: split.bodyLine,
			field: 'body',
			message: `is empty; expected the text of the ${collections[raw.collection].label.toLowerCase()} below the frontmatter`,
		});
	}
	return { ...base, data: yaml.data, body: split.body, bodyLine: split.bodyLine, lineOf: yaml.lineOf, errors };
}

/** Splits `---` frontmatter `---` from the body that follows it. */
function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } | { error: string; line: number } {
	const lines = text.split('\n');
	if (lines[0]?.trimEnd() !== '---') return { error: 'expected a frontmatter block between two `---` lines at the top of the file', line: 1 };
	const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
	if (close === -1) return { error: 'the frontmatter opened on line 1 is never closed; expected a line `---` after it', line: 1 };
	return { frontmatter: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}
