import type { Root as HastRoot } from 'hast';
import { VFile } from 'vfile';
import { collectionNames, type CollectionName } from '../collections.ts';
import { createMarkdownProcessor } from '../markdown/processor.ts';
import type { Mention } from '../markdown/remark-entity-links.ts';
import { annotatableText } from './annotatable-text.ts';
import { markdownChecks, type BodyFile } from './checks.ts';
import type { OwnPages } from './moved-pages.ts';
import type { ContentError } from './errors.ts';

/** A Markdown body to check and render: plain data, so it can be handed to a worker thread. */
export interface BodyJob extends BodyFile {
	body: string;
}

/** What came of a body: its problems, or its HTML, what it links to and its text. */
export interface BodyResult {
	path: string;
	errors: ContentError[];
	html?: string;
	mentions?: Mention[];
	/** The rendered text as a reader reads it: what annotation quotes are matched against (in a letter), and the plain text of the open data. */
	text?: string;
	/** The HTML tree (positions left out) of a body that pages build on (see `keepsTree`), so none parses the HTML back. */
	tree?: HastRoot;
}

export interface PassOptions {
	base: string;
	/** The ids of each collection. */
	ids: Record<CollectionName, string[]>;
	/** Entries whose page is another's, by `collection/id` (see moved-pages.ts). */
	ownPages?: OwnPages | undefined;
}

/**
 * Parses each body once, checks its tree as written (links still `person:…`), and when those checks pass
 * runs the site's Markdown plugins and serialises the HTML. Pure data in, pure data out: the content
 * pipeline runs it in its own thread, or splits the bodies with a worker thread when there are many.
 */
export function markdownPass(jobs: readonly BodyJob[], options: PassOptions): BodyResult[] {
	const sets = new Map(collectionNames.map((name) => [name, new Set(options.ids[name])]));
	const ids = (collection: CollectionName) => sets.get(collection)!;
	const processor = createMarkdownProcessor({ base: options.base, idsOf: ids, ownPages: options.ownPages });
	return jobs.map((job) => {
		const vfile = new VFile({ path: job.path, value: job.body });
		const tree = processor.parse(vfile);
		const errors = markdownChecks.flatMap((check) => check(job, tree, ids));
		if (errors.length > 0) return { path: job.path, errors };
		try {
			const hast = processor.run(tree, vfile);
			return {
				path: job.path,
				errors,
				html: processor.stringify(hast),
				mentions: vfile.data.mentions ?? [],
				// A walk over the tree at hand: cheaper here than parsing the HTML again for the open data.
				text: annotatableText(hast),
				...(keepsTree.has(job.collection) ? { tree: withoutPositions(hast) } : {}),
			};
		} catch (error) {
			// A plugin that fails (it should not, after the checks) is an error at its line.
			const line = (error as { line?: number }).line;
			const reason = (error as { reason?: string }).reason ?? String(error);
			return {
				path: job.path,
				errors: [{ file: job.path, line: line ? job.bodyLine + line - 1 : job.bodyLine, field: 'body', message: `could not be rendered: ${reason}` }],
			};
		}
	});
}

/**
 * The collections whose HTML pages build on rather than show as it is: a letter, marked up with its notes
 * and cited by passage; a note, placed in its letter; notes and claims, exported with absolute links.
 */
const keepsTree = new Set<CollectionName>(['letters', 'annotations', 'claims']);

/** A copy of a tree as plain data, without the positions in the Markdown source that no page needs. */
const withoutPositions = (tree: HastRoot): HastRoot => JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value)));
