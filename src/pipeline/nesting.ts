/**
 * How deep Markdown nests, measured on the text with a linear scan before any parser or plugin (which
 * recurse) sees it: a document built to overflow the stack fails with its line instead of crashing the build.
 */

/** Limits far beyond any real document: a letter or report nests lists or quotes two or three deep. */
export const nestingLimits = {
	/** Block quotes and list items inside one another (`> > -`), indentation counted as nesting. */
	maxBlockDepth: 32,
	/** Emphasis, strong and strikethrough open inside one another in one paragraph. */
	maxInlineDepth: 32,
};

interface TooDeep {
	/** 1-based line within the scanned text. */
	line: number;
	message: string;
}

/** Columns of indentation a nesting level takes at the least: a list item's content is indented two. */
const columnsPerLevel = 2;
const containerMarker = /^[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

/** The first place where a Markdown text nests deeper than the limits, if any. */
export function findTooDeep(markdown: string): TooDeep | undefined {
	let inline = 0;
	let line = 0;
	let fenced = false;
	for (const text of markdown.split('\n')) {
		line += 1;
		// Code is shown as written, however it is indented.
		if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
		if (fenced) continue;
		if (text.trim() === '') {
			inline = 0; // emphasis never spans paragraphs
			continue;
		}
		const block = blockDepth(text);
		if (block > nestingLimits.maxBlockDepth) {
			return { line, message: `lists or block quotes nested more than ${nestingLimits.maxBlockDepth} deep; expected a flatter text` };
		}
		for (const run of text.matchAll(/[*_~]+/g)) {
			const before = text[run.index - 1];
			const after = text[run.index + run[0].length];
			const opens = isSpaceOrPunctuation(before) && after !== undefined && !/\s/.test(after);
			const closes = isSpaceOrPunctuation(after) && before !== undefined && !/\s/.test(before);
			if (opens && !closes) inline += run[0].length;
			else if (closes && !opens) inline = Math.max(0, inline - run[0].length);
			if (inline > nestingLimits.maxInlineDepth) {
				return {
					line,
					message: `emphasis (* _ ~) opened more than ${nestingLimits.maxInlineDepth} times inside itself; expected at most ${nestingLimits.maxInlineDepth}`,
				};
			}
		}
	}
	return undefined;
}

/** Container markers at the start of a line (`> > - 1.`), plus the levels its indentation stands for. */
function blockDepth(text: string): number {
	let markers = 0;
	let rest = text;
	let indent = 0;
	for (let match = containerMarker.exec(rest); match && markers <= nestingLimits.maxBlockDepth; match = containerMarker.exec(rest)) {
		indent += columns(match[0].slice(0, match[0].search(/\S|$/)));
		markers += 1;
		rest = rest.slice(match[0].length);
	}
	indent += columns(rest.slice(0, rest.search(/\S|$/)));
	return markers + Math.floor(indent / columnsPerLevel);
}

const columns = (whitespace: string) => whitespace.replaceAll('\t', '    ').length;
const isSpaceOrPunctuation = (char: string | undefined) => char === undefined || /[\s\p{P}\p{S}]/u.test(char);
