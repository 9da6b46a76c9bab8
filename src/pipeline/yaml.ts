import { isAlias, isMap, isPair, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { lineAt as lineOfOffset } from './decode.ts';

/** Limits no real record comes near, so that a file made to exhaust the build fails with a message instead. */
export const yamlLimits = {
	/** Characters of YAML in one file or frontmatter block. */
	maxLength: 1024 * 1024,
	/** Mappings and lists inside one another. */
	maxDepth: 32,
	/** Aliases (`*name`) resolved, as the `yaml` package counts them against the document's size. */
	maxAliasCount: 100,
};

/** YAML read for checking: the data, where each field is, and what is wrong with it. */
interface ParsedYaml {
	/** The data, dates and numbers as YAML 1.2 reads them; undefined when there are errors. */
	data: unknown;
	/** 1-based line of a field path such as `authors.3.person`; the nearest existing parent if absent. */
	lineOf(path: readonly (string | number)[]): number;
	errors: { line: number; message: string }[];
}

/**
 * Parses YAML (a record, or a Markdown file's frontmatter starting on `firstLine`) without ever
 * throwing: syntax errors, nesting too deep and aliases that expand too much are reported at their line.
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
	const lineCounter = new LineCounter();
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	if (text.length > yamlLimits.maxLength) {
		return {
			data: undefined,
			lineOf: () => firstLine,
			errors: [{ line: firstLine, message: `${Math.round(text.length / 1024)} KB of YAML; expected at most ${yamlLimits.maxLength / 1024} KB` }],
		};
	}
	const deepText = tooDeepText(text);
	if (deepText !== undefined) {
		const line = lineOfOffset(text, deepText) + firstLine - 1;
		return { data: undefined, lineOf: () => line, errors: [{ line, message: tooDeepMessage }] };
	}
	// YAML 1.2 (no timestamps: an impossible 2015-02-31 stays text for the schema to refuse), merge keys as Astro allowed them.
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: true });
	const lineOf = (path: readonly (string | number)[]) => fieldLine(doc, path, lineAt, firstLine);
	const errors = doc.errors.map((error) => ({ line: lineAt(error.pos[0]), message: firstLineOf(error.message) }));
	const deep = errors.length === 0 ? tooDeepNode(doc) : undefined;
	if (deep !== undefined) errors.push({ line: lineAt(deep), message: tooDeepMessage });
	let data: unknown;
	if (errors.length === 0) {
		try {
			data = doc.toJS({ maxAliasCount: yamlLimits.maxAliasCount });
		} catch {
			// The only way toJS fails once the document parsed: its aliases resolve too often for its size.
			errors.push({
				line: firstAliasLine(doc, lineAt) ?? firstLine,
				message: 'anchors and aliases (&name, *name) expand to far more data than the file holds; write the values out instead',
			});
		}
	}
	return { data: errors.length ? undefined : data, lineOf, errors };
}

const tooDeepMessage = `lists and mappings nested more than ${yamlLimits.maxDepth} deep; expected a flatter record`;
const firstLineOf = (message: string) => message.split('\n')[0] ?? message;

type LineAt = (offset: number) => number;

function fieldLine(doc: Document, path: readonly (string | number)[], lineAt: LineAt, firstLine: number): number {
	for (let depth = path.length; depth > 0; depth--) {
		const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
		// A key's value node starts where the value does; point at it, or at its parent collection.
		if (node?.range) return lineAt(node.range[0]);
	}
	const root = doc.contents;
	return isMap(root) || isSeq(root) ? lineAt(root.range?.[0] ?? 0) : firstLine;
}

/** Nesting no record comes near but the parser survives, measured on the text: the parser recurses per level. */
const textDepthGuard = 256;

/**
 * The offset of the first line that nests far too deep, from the text alone in one pass: indentation (one
 * column can open a level), `- ` and `? ` markers that open lists on one line, and unclosed `[` `{` outside
 * quotes. Anything it lets through is shallow enough to parse, and then measured exactly by `tooDeepNode`.
 */
function tooDeepText(text: string): number | undefined {
	let flow = 0;
	let quote: string | undefined;
	let lineStart = 0;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (i === lineStart) {
			// Indentation and markers at the start of a line: a line cannot nest deeper than their width.
			if (/^[ ?:-]*/.exec(text.slice(i, i + textDepthGuard))![0].length >= textDepthGuard) return i;
		}
		if (char === '\n') lineStart = i + 1;
		else if (quote) {
			if (char === '\\' && quote === '"') i += 1;
			else if (char === quote) quote = undefined;
		} else if (char === '"' || char === "'") quote = char;
		else if (char === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
			const end = text.indexOf('\n', i);
			i = (end === -1 ? text.length : end) - 1;
		} else if (char === '[' || char === '{') {
			flow += 1;
			if (flow > textDepthGuard) return i;
		} else if (char === ']' || char === '}') flow = Math.max(0, flow - 1);
	}
	return undefined;
}

/** The first collection nested deeper than any record needs, walking the parsed document with a stack. */
function tooDeepNode(doc: Document): number | undefined {
	const stack: [unknown, number][] = [[doc.contents, 1]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (isMap(node) || isSeq(node)) {
			if (depth > yamlLimits.maxDepth) return node.range?.[0] ?? 0;
			for (const item of node.items) stack.push([item, depth + 1]);
		} else if (isPair(node)) {
			stack.push([node.key, depth], [node.value, depth]);
		}
	}
	return undefined;
}

function firstAliasLine(doc: Document, lineAt: LineAt): number | undefined {
	let line: number | undefined;
	visit(doc, {
		Alias(_, node: Node) {
			if (isAlias(node)) line = lineAt(node.range?.[0] ?? 0);
			return visit.BREAK;
		},
	});
	return line;
}
