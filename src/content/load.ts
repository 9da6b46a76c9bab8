import { Worker } from 'node:worker_threads';
import { collectionNames, collectionSchemas, type CollectionName } from '../collections.ts';
import type { Mention } from '../markdown/remark-entity-links.ts';
import { editorErrors } from '../schemas/editor-errors.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { checkAnnotationAnchors, fileChecks, idsIn, inFormat, type Anchor } from './checks.ts';
import { parseEntryFile, type EntryFile } from './entry-file.ts';
import { sortErrors, type ContentError } from './errors.ts';
import { readEntryFiles } from './files.ts';
import { markdownPass, type BodyJob, type BodyResult, type PassOptions } from './markdown-pass.ts';
import { checkedReference } from './reference.ts';
import { readSiteConfig } from './site-config.ts';
import { readCorrections } from './corrections-file.ts';
import { ownPagesOfTerms } from './moved-pages.ts';
import { readMoved } from './moved-file.ts';
import type { MovedPage } from '../schemas/moved.ts';
import type { Correction } from '../schemas/correction.ts';

/** One entry, checked and rendered, ready for Astro's store. */
export interface LoadedEntry {
	id: string;
	/** The data as its schema gives it (references as `{ id, collection }`). */
	data: Record<string, unknown>;
	/** Path of the file, as error messages print it. */
	path: string;
	/** The body rendered by the site's one Markdown pipeline, what it links to, and its text as a reader reads it. */
	rendered?: { html: string; metadata: { mentions: Mention[]; text: string } } | undefined;
}

/** All content, every entry checked and rendered once; or every problem found. */
export interface LoadedContent {
	entries: Record<CollectionName, LoadedEntry[]>;
	/** The publication's identity, from `site.yaml`, when it is valid. */
	site?: SiteConfig | undefined;
	/** The corrections published so far, from `corrections.yaml` (none without the file). */
	corrections: Correction[];
	/** Addresses that went away and where their pages are now, from `moved.yaml` (none without the file). */
	moved: MovedPage[];
	errors: ContentError[];
	/** How many files were read. */
	fileCount: number;
	/** Milliseconds spent parsing, checking and rendering Markdown, and on everything else: reading, parsing and checking files. */
	timings: { markdown: number; checks: number };
}

export interface LoadOptions {
	/** The content folder, e.g. `content`. */
	root: string;
	/** The site's base path, for the links Markdown renders. */
	base: string;
	/** Characters of Markdown from which half of it goes to a worker thread (a worker costs more to start than a small site takes). */
	workerThreshold?: number;
}

/**
 * The one content pipeline, for `npm run check` and the build alike: reads every file safely, parses it,
 * checks its data against its schema, checks each Markdown body's tree, renders it once with the site's
 * Markdown processor and checks what needs the rendered text (annotation quotes). Never rejects for a
 * content problem: every problem is an error at its file and line.
 */
export async function loadContent({ root, base, workerThreshold = 2 * 1024 * 1024 }: LoadOptions): Promise<LoadedContent> {
	const started = performance.now();
	const read = readEntryFiles(root);
	const files = read.files.map(parseEntryFile);
	const errors: ContentError[] = [...read.errors, ...files.flatMap((file) => file.errors)];
	for (const check of fileChecks) errors.push(...check(files));

	const ids = idsIn(files);
	const site = readSiteConfig(root, ids);
	errors.push(...site.errors);
	const corrections = readCorrections(root, ids);
	errors.push(...corrections.errors);
	const moved = readMoved(root, ids);
	errors.push(...moved.errors);
	const schemas = collectionSchemas(checkedReference(ids));
	const entryFiles = files.filter((file) => file.data !== undefined && inFormat(file));
	// A body the reader found unsafe (nested too deep) never reaches the parser.
	const jobs = entryFiles.filter((file) => file.body !== undefined && file.errors.length === 0).map(({ path, collection, bodyLine, body }) => ({ path, collection, bodyLine, body: body! }));
	const markdownStart = performance.now();
	const bodies = new Map((await checkAndRender(jobs, workerThreshold, { base, ids: Object.fromEntries(collectionNames.map((name) => [name, [...ids(name)]])) as PassOptions['ids'], ownPages: ownPagesOfTerms(files) })).map((result) => [result.path, result]));
	const markdownTime = performance.now() - markdownStart;

	const failed = new Set(errors.map((error) => error.file));
	const entries = Object.fromEntries(collectionNames.map((name) => [name, [] as LoadedEntry[]])) as LoadedContent['entries'];
	const letterTexts = new Map<string, string>();
	const anchors: Anchor[] = [];
	for (const file of entryFiles) {
		const parsed = schemas[file.collection].safeParse(file.data, { error: editorErrors });
		const problems: ContentError[] = parsed.success ? [] : parsed.error.issues.map((issue) => schemaError(file, issue));
		// A body whose links and HTML passed was rendered even when a field is wrong, so its quotes are checked too.
		const body = bodies.get(file.path);
		if (body) problems.push(...body.errors);
		if (file.collection === 'letters' && body?.text !== undefined) letterTexts.set(file.id, body.text);
		const anchor = anchorOf(file);
		if (anchor) anchors.push(anchor);
		errors.push(...problems);
		if (problems.length > 0 || failed.has(file.path) || !parsed.success) continue;
		entries[file.collection].push({
			id: file.id,
			data: parsed.data as Record<string, unknown>,
			path: file.path,
			rendered: body?.html === undefined ? undefined : { html: body.html, metadata: { mentions: body.mentions ?? [], text: body.text ?? '' } },
		});
	}
	errors.push(...checkAnnotationAnchors(anchors, letterTexts));
	const total = performance.now() - started;
	return { entries, site: site.config, corrections: corrections.corrections, moved: moved.moved, errors: sortErrors(errors), fileCount: read.files.length + read.errors.length + 1, timings: { markdown: markdownTime, checks: total - markdownTime } };
}

/**
 * The Markdown pass over every body: in this thread for a site of ordinary size; for a large one, half
 * of the bodies go to a worker thread, so parsing and rendering use two cores.
 */
async function checkAndRender(jobs: BodyJob[], threshold: number, options: PassOptions): Promise<BodyResult[]> {
	const size = jobs.reduce((sum, job) => sum + job.body.length, 0);
	if (size < threshold || jobs.length < 2) return markdownPass(jobs, options);
	const half = Math.ceil(jobs.length / 2);
	const worker = new Worker(new URL('./markdown-worker.ts', import.meta.url), { workerData: { jobs: jobs.slice(half), options } });
	const theirs = new Promise<BodyResult[]>((done, fail) => {
		worker.once('message', done);
		worker.once('error', fail);
	});
	const ours = markdownPass(jobs.slice(0, half), options);
	return [...ours, ...(await theirs)];
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

