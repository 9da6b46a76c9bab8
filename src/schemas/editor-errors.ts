import type { z } from 'zod';

/**
 * Messages an editor can act on, for the issues Zod words for programmers: a missing field says it is
 * missing, a field of the wrong type says what it got, a field the schema does not know is named.
 * Passed to each parse that checks content (`schema.safeParse(data, { error: editorErrors })`), so Zod
 * keeps its own messages everywhere else.
 */
export const editorErrors: z.core.$ZodErrorMap = (issue) => {
	if (issue.code === 'invalid_type') {
		return issue.input === undefined ? `missing; expected ${issue.expected}` : `expected ${issue.expected}, got ${describe(issue.input)}`;
	}
	if (issue.code === 'unrecognized_keys') {
		return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling against the schema`;
	}
	return undefined;
};

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a mapping';
	return `${typeof value} ${typeof value === 'string' ? quoted(value) : String(value)}`;
}

/**
 * Text from a file, quoted on one line for a message (line breaks and tabs escaped) and cut at `max`
 * characters: an error names what is wrong without printing the file (which may be large, or not meant to be shown).
 */
export function quoted(text: string, max = 60): string {
	return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}
