/** One problem in one content file, worded for the editor who has to fix it. */
export interface ContentError {
	/** Path of the file, as the editor would type it (relative to the project when inside it). */
	file: string;
	/** 1-based line in the file. */
	line: number;
	/** The field, e.g. `authors.3.person`; `body` for the Markdown text; `file` for the file itself. */
	field: string;
	message: string;
}

/** A schema's issue (Zod's) as an error at its field: the field's path, and its line through `lineOf`. */
export function issueError(
	file: string,
	lineOf: (path: (string | number)[]) => number,
	issue: { path: PropertyKey[]; message: string },
): ContentError {
	const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
	return { file, line: lineOf(path), field: path.join('.') || '(file)', message: issue.message };
}

/** `content/questions/x.md:12: authors.3.person: no entry "y" in people; did you mean …` */
export function formatError(error: ContentError): string {
	return `${error.file}:${error.line}: ${error.field}: ${error.message}`;
}

/** Errors in the order an editor reads them: by file, then line. */
export function sortErrors(errors: ContentError[]): ContentError[] {
	return errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** `3 content errors in 2 files`. */
export function errorCount(errors: ContentError[]): string {
	const files = new Set(errors.map((e) => e.file)).size;
	return `${errors.length} content error${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
}

/**
 * Thrown by the build when content has errors, after the list has been printed: its message is the count
 * alone, and it carries no stack, since a stack trace would only bury the list (and Astro would read a
 * file name in it as a place to quote code from).
 */
export class ContentCheckError extends Error {
	readonly contentErrors: ContentError[];

	constructor(errors: ContentError[]) {
		super(`${errorCount(errors)}; nothing was built.`);
		this.contentErrors = errors;
		this.name = 'ContentCheckError';
		this.stack = '';
	}
}
