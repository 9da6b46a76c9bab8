import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { VFile } from 'vfile';
import { collectionNames, collectionSchemas, type CollectionName } from '../collections.ts';
import { createMarkdownProcessor } from '../markdown/processor.ts';
import type { Mention } from '../markdown/remark-entity-links.ts';
import { editorErrors } from '../schemas/editor-errors.ts';
import { checkAnnotationAnchors, fileChecks, idsIn, inFormat, markdownChecks, type Anchor } from './checks.ts';
import { parseEntryFile, type EntryFile } from './entry-file.ts';
import { sortErrors, type ContentError } from './errors.ts';
import { readEntryFiles } from './files.ts';
import { checkedReference } from './reference.ts';

/** One entry, checked and rendered, ready for Astro's store. */
export interface LoadedEntry {
	id: string;
	/** The data as its schema gives it (references as `{ id, collection }`). */
	data: Record<string, unknown>;
	/** Path of the file, as error messages print it. */
	path: string;
	/** The Markdown body as written, for Markdown entries. */
	body?: string | undefined;
	/** The body rendered by the site's one Markdown pipeline, and what it links to. */
	rendered?: { html: string; metadata: { mentions: Mention[] } } | undefined;
}

/** All content, every entry checked and rendered once; or every problem found. */
export interface LoadedContent {
	entries: Record<CollectionName, LoadedEntry[]>;
	errors: ContentError[];
	/** How many files were read. */
	fileCount: number;
	/** Milliseconds spent rendering Markdown, and on everything else: reading, parsing and checking. */
	timings: { render: number; checks: number };
}

export interface LoadOptions {
	/** The content folder, e.g. `content`. */
	root: string;
	/** The site's base path, for the links Markdown renders. */
	base: string;
}

/**
 * The one content pipeline, for `npm run check` and the build alike: reads every file safely, parses it,
 * checks its data against its schema, checks each Markdown body's tree, renders it once with the site's
 * Markdown processor and checks what needs the rendered text (annotation quotes). Never throws for a
 * content problem: every problem is an error at its file and line.
 */
export function loadContent({ root, base }: LoadOptions): LoadedContent {
	const started = performance.now();
	let renderTime = 0;
	const read = readEntryFiles(root);
	const files = read.files.map(parseEntryFile);
	const errors: ContentError[] = [...read.errors, ...files.flatMap((file) => file.errors)];
	for (const check of fileChecks) errors.push(...check(files));

	const ids = idsIn(files);
	const schemas = collectionSchemas(checkedReference(ids));
	const processor = createMarkdownProcessor({ base, idsOf: ids });

	const failed = new Set(errors.map((error) => error.file));
	const entries = Object.fromEntries(collectionNames.map((name) => [name, [] as LoadedEntry[]])) as LoadedContent['entries'];
	const letters = new Map<string, HastRoot>();
	const anchors: Anchor[] = [];
	for (const file of files) {
		if (file.data === undefined || !inFormat(file)) continue;
		const parsed = schemas[file.collection].safeParse(file.data, { error: editorErrors });
		const problems: ContentError[] = parsed.success ? [] : parsed.error.issues.map((issue) => schemaError(file, issue));
		const vfile = new VFile({ path: file.path, value: file.body ?? '' });
		// A body the reader found unsafe (nested too deep) never reaches the parser.
		const tree = file.body === undefined || file.errors.length > 0 ? undefined : processor.parse(vfile);
		const bodyProblems = tree ? markdownChecks.flatMap((check) => check(file, tree, ids)) : [];
		problems.push(...bodyProblems);
		// A body whose links and HTML passed is rendered even when a field is wrong, so its quotes are checked too.
		const renderStart = performance.now();
		const rendered = tree && bodyProblems.length === 0 ? render(file, tree, vfile, processor) : undefined;
		renderTime += performance.now() - renderStart;
		if (rendered && 'error' in rendered) problems.push(rendered.error);
		else if (rendered && file.collection === 'letters') letters.set(file.id, rendered.tree);
		const anchor = anchorOf(file);
		if (anchor) anchors.push(anchor);
		errors.push(...problems);
		if (problems.length > 0 || failed.has(file.path) || !parsed.success) continue;
		entries[file.collection].push({
			id: file.id,
			data: parsed.data as Record<string, unknown>,
			path: file.path,
			body: file.body,
			rendered: rendered && !('error' in rendered) ? { html: rendered.html, metadata: { mentions: vfile.data.mentions ?? [] } } : undefined,
		});
	}
	errors.push(...checkAnnotationAnchors(anchors, letters));
	const total = performance.now() - started;
	return { entries, errors: sortErrors(errors), fileCount: read.files.length + read.errors.length, timings: { render: renderTime, checks: total - renderTime } };
}

function schemaError(file: EntryFile, issue: { path: PropertyKey[]; message: string }): ContentError {
	const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
	return { file: file.path, line: file.lineOf(path), field: path.join('.') || '(file)', message: issue.message };
}

/** Where an annotation anchors, read from its fields as written (so a quote is checked even when another field is wrong). */
function anchorOf(file: EntryFile): Anchor | undefined {
	if (file.collection !== 'annotations') return undefined;
	const { target, exact, prefix, suffix } = file.data as Record<string, unknown>;
	if (typeof target !== 'string' || typeof exact !== 'string') return undefined; // the schema reports it
	const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
	return { file, target, quote: { exact, prefix: text(prefix), suffix: text(suffix) } };
}

/** Runs the Markdown plugins; a plugin that fails (it should not, after the checks) is an error at its line. */
function render(file: EntryFile, tree: MdastRoot, vfile: VFile, processor: ReturnType<typeof createMarkdownProcessor>): { html: string; tree: HastRoot } | { error: ContentError } {
	try {
		const hast = processor.run(tree, vfile);
		return { html: processor.stringify(hast), tree: hast };
	} catch (error) {
		const place = (error as { line?: number }).line;
		const reason = (error as { reason?: string }).reason ?? String(error);
		return { error: { file: file.path, line: place ? file.bodyLine + place - 1 : file.bodyLine, field: 'body', message: `could not be rendered: ${reason}` } };
	}
}
