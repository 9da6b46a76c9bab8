import type { Root as HastRoot } from 'hast';
import { Worker } from 'node:worker_threads';
import { collectionNames, collectionSchemas, type CollectionName } from '../collections.ts';
import type { Mention } from '../markdown/remark-entity-links.ts';
import { editorErrors } from '../schemas/editor-errors.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { checkAnnotationAnchors, fileChecks, idsIn, inFormat, type Anchor, type Placement } from './checks.ts';
import { parseEntryFile, type EntryFile } from './entry-file.ts';
import { issueError, sortErrors, type ContentError } from './errors.ts';
import { readEntryFiles, type SkippedFile } from './files.ts';
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
	/** The Markdown body as written (Markdown collections). */
	body?: string | undefined;
	/** The body rendered by the site's one Markdown pipeline, and what pages need of it, computed here once. */
	rendered?: { html: string; metadata: RenderedMetadata } | undefined;
}

/**
 * What the pipeline learnt of a body while it rendered it: pages read it instead of parsing the HTML back.
 * A type, not an interface, as Astro's store takes metadata with an index signature.
 */
type RenderedMetadata = {
	/** The entries it links to. */
	mentions: Mention[];
	/** Its text as a reader reads it (notes and permalinks aside): what annotation quotes are matched against. */
	text: string;
	/** The HTML tree of a letter (marked up with its notes, cited by passage), a note or a claim (placed in a letter, exported). */
	tree?: HastRoot | undefined;
	/** An annotation's quote in its letter's `text`: where its mark starts and ends (end exclusive). */
	placement?: Placement | undefined;
};

/** What Astro's store keeps of a rendered body: what pages look up across entries. The rest is in its body file (body-files.ts). */
export type StoredMetadata = Omit<RenderedMetadata, 'text' | 'tree'>;

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
	/** Files under the content folder that are not content by a documented rule (editors' backups, hidden files). */
	skipped: SkippedFile[];
	/** Milliseconds spent parsing, checking and rendering Markdown, and on everything else: reading, parsing and checking files. */
	timings: { markdown: number; checks: number };
}

interface LoadOptions {
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
	const jobs = entryFiles
		.filter((file) => file.body !== undefined && file.errors.length === 0)
		.map(({ path, collection, bodyLine, body }) => ({ path, collection, bodyLine, body: body! }));
	const markdownStart = performance.now();
	const bodies = new Map(
		(
			await checkAndRender(jobs, workerThreshold, {
				base,
				ids: Object.fromEntries(collectionNames.map((name) => [name, [...ids(name)]])) as PassOptions['ids'],
				ownPages: ownPagesOfTerms(files),
			})
		).map((result) => [result.path, result]),
	);
	const markdownTime = performance.now() - markdownStart;

	const failed = new Set(errors.map((error) => error.file));
	const entries = Object.fromEntries(collectionNames.map((name) => [name, [] as LoadedEntry[]])) as LoadedContent['entries'];
	const letterTexts = new Map<string, string>();
	const anchors: Anchor[] = [];
	for (const file of entryFiles) {
		const parsed = schemas[file.collection].safeParse(file.data, { error: editorErrors });
		const problems: ContentError[] = parsed.success ? [] : parsed.error.issues.map((issue) => issueError(file.path, file.lineOf, issue));
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
			body: file.body,
			rendered:
				body?.html === undefined
					? undefined
					: { html: body.html, metadata: { mentions: body.mentions ?? [], text: body.text ?? '', tree: body.tree } },
		});
	}
	const anchored = checkAnnotationAnchors(anchors, letterTexts);
	errors.push(...anchored.errors);
	for (const entry of [...anchoredCollections].flatMap((name) => entries[name])) {
		if (entry.rendered) entry.rendered.metadata.placement = anchored.placements.get(entry.path);
	}
	const total = performance.now() - started;
	return {
		entries,
		site: site.config,
		corrections: corrections.corrections,
		moved: moved.moved,
		errors: sortErrors(errors),
		fileCount: read.files.length + read.errors.length + 1,
		skipped: read.skipped,
		timings: { markdown: markdownTime, checks: total - markdownTime },
	};
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

/** Collections whose entries anchor to a letter's words by a quote: the notes, and the claims and requests. */
const anchoredCollections = new Set<CollectionName>(['annotations', 'claims']);

/** Where an annotation or claim anchors, read from its fields as written (so a quote is checked even when another field is wrong). */
function anchorOf(file: EntryFile): Anchor | undefined {
	if (!anchoredCollections.has(file.collection)) return undefined;
	const { target, exact, prefix, suffix } = file.data as Record<string, unknown>;
	if (typeof target !== 'string' || typeof exact !== 'string') return undefined; // the schema reports it
	const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
	return { file, target, quote: { exact, prefix: text(prefix), suffix: text(suffix) } };
}
