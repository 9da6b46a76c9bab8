import type { Root as MdastRoot, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { collectionNames, collections, entryExtensions, parseEntityLink, type CollectionName } from '../collections.ts';
import { quoted } from '../schemas/editor-errors.ts';
import { slug } from '../schemas/shared.ts';
import type { EntryFile } from './entry-file.ts';
import type { ContentError } from './errors.ts';
import { describeMiss, findQuote, type TextQuote } from './text-quote.ts';
import { subjectChecks } from './subject-checks.ts';
import { unknownIdMessage } from './unknown-id.ts';

/**
 * The checks that a schema cannot express, each named and each returning every problem it finds
 * (never only the first). `load.ts` runs them in three stages: on the files, on each Markdown tree
 * before any plugin changes it, and on the rendered documents.
 */

/** The ids present in each collection. */
export type IdsOf = (collection: CollectionName) => ReadonlySet<string>;

/** A check over all files, before anything is parsed further. */
export type FileCheck = (files: readonly EntryFile[]) => ContentError[];

/** What a check of a Markdown body needs to know of its file. */
export type BodyFile = Pick<EntryFile, 'path' | 'collection' | 'bodyLine'>;

/** A check of one Markdown body, on its syntax tree as written (links still `person:…`). */
export type MarkdownCheck = (file: BodyFile, tree: MdastRoot, ids: IdsOf) => ContentError[];

/** Whether a file is in its collection's format (only those are entries). */
export const inFormat = (file: EntryFile) => entryExtensions(file.collection).includes(file.extension);

/** The ids of each collection: every file in its collection's format is an entry, even one with errors (references to it are not errors too). */
export function idsIn(files: readonly EntryFile[]): IdsOf {
	const ids = new Map(collectionNames.map((name) => [name, new Set<string>()]));
	for (const file of files.filter(inFormat)) ids.get(file.collection)!.add(file.id);
	return (collection) => ids.get(collection)!;
}

/** A file in the wrong format for its collection would not be an entry: say so. */
export const checkFileFormats: FileCheck = (files) =>
	files
		.filter((file) => !inFormat(file))
		.map((file) => {
			const expected = collections[file.collection].format === 'markdown' ? '.md (Markdown with frontmatter)' : '.yaml (YAML)';
			return { file: file.path, line: 1, field: 'file', message: `${file.collection} entries are ${expected} files; this one would be ignored` };
		});

/** File names are the ids: ASCII kebab-case slugs such as `jane-doe`. */
export const checkFileNames: FileCheck = (files) =>
	files
		.filter((file) => !slug.safeParse(file.id).success)
		.map((file) => ({
			file: file.path,
			line: 1,
			field: 'file',
			message: `file name "${file.id}" is not an id; expected an ASCII kebab-case slug such as "jane-doe"`,
		}));

/** Two files that would get the same id in one collection (`x.yaml` and `x.yml`, say). */
export const checkDuplicateIds: FileCheck = (files) => {
	const seen = new Map<string, EntryFile>();
	return files.filter(inFormat).flatMap((file) => {
		const key = `${file.collection}/${file.id}`;
		const first = seen.get(key);
		if (!first) {
			seen.set(key, file);
			return [];
		}
		return [{ file: file.path, line: 1, field: 'id', message: `duplicate id "${file.id}" in ${file.collection}: also used by ${first.path}` }];
	});
};

export const fileChecks: FileCheck[] = [checkFileFormats, checkFileNames, checkDuplicateIds, ...subjectChecks];

type Positioned = { position?: { start: { line: number } } | undefined };

/** The line in the file of a node of the body's tree. */
const lineIn = (file: BodyFile, node: Positioned) => file.bodyLine + (node.position?.start.line ?? 1) - 1;

/** Footnotes: every reference has a definition and every definition is referenced. */
export const checkFootnotes: MarkdownCheck = (file, tree) => {
	const errors: ContentError[] = [];
	const referenced = new Set<string>();
	const definitions = new Map<string, number>();
	visit(tree, (node) => {
		if (node.type === 'footnoteReference') referenced.add(node.identifier);
		if (node.type === 'footnoteDefinition') definitions.set(node.identifier, lineIn(file, node));
	});
	// GFM leaves a reference without a definition as plain text: find it there.
	visit(tree, 'text', (node: Text) => {
		for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
			errors.push({
				file: file.path,
				line: lineIn(file, node),
				field: 'body',
				message: `footnote reference [^${match[1]}] has no definition; expected a line "[^${match[1]}]: …"`,
			});
		}
	});
	for (const [label, line] of definitions) {
		if (!referenced.has(label)) {
			errors.push({
				file: file.path,
				line,
				field: 'body',
				message: `footnote [^${label}] is defined but never referenced; expected [^${label}] in the text, or remove the definition`,
			});
		}
	}
	return errors;
};

/** Raw HTML in Markdown is refused: Markdown says everything this site needs, and HTML could carry scripts. */
export const checkRawHtml: MarkdownCheck = (file, tree) => {
	const errors: ContentError[] = [];
	visit(tree, 'html', (node) => {
		errors.push({
			file: file.path,
			line: lineIn(file, node),
			field: 'body',
			message: `raw HTML ${quoted(node.value)} is not allowed; expected Markdown only`,
		});
	});
	return errors;
};

/** The scheme of a URL as a browser would read it: control characters and white space inside it are ignored. */
const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))?.[1]?.toLowerCase();

/**
 * Links in Markdown (inline, reference definitions and images): entity links name existing entries;
 * other absolute links are https (or mailto); no script or data URLs; pages are linked by id, not path.
 */
export const checkLinks: MarkdownCheck = (file, tree, ids) => {
	const errors: ContentError[] = [];
	const report = (node: Positioned, message: string) => errors.push({ file: file.path, line: lineIn(file, node), field: 'body', message });
	visit(tree, (node) => {
		if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return;
		const url = node.url;
		const shown = quoted(url, 80);
		const link = parseEntityLink(url);
		const scheme = schemeOf(url);
		if (link) {
			if (!ids(link.collection).has(link.id)) report(node, `link ${shown}: ${unknownIdMessage(link.id, link.collection, ids(link.collection))}`);
		} else if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript') {
			report(node, `link ${shown}: script and data URLs are not allowed; expected an https:// URL or an entity link such as person:<id>`);
		} else if (scheme && scheme !== 'https' && scheme !== 'mailto') {
			report(node, `link ${shown}: expected an https:// URL`);
		} else if (url.startsWith('//')) {
			report(node, `link ${shown}: expected a full https:// URL`);
		} else if (url.startsWith('/')) {
			report(node, `link ${shown}: link to pages by id (e.g. person:<id>), not by path, so links survive a change of base path`);
		}
	});
	return errors;
};

/** Collections whose every footnote must cite a source: editorial texts that state facts. */
const sourcedCollections = new Set<CollectionName>(['reports', 'cases']);

/** In reports and cases, every footnote cites at least one source with a `source:<id>` link. */
export const checkFootnoteSources: MarkdownCheck = (file, tree) => {
	if (!sourcedCollections.has(file.collection)) return [];
	const errors: ContentError[] = [];
	visit(tree, 'footnoteDefinition', (definition) => {
		let cites = false;
		visit(definition, 'link', (link) => {
			if (parseEntityLink(link.url)?.collection === 'sources') cites = true;
		});
		if (!cites) {
			errors.push({
				file: file.path,
				line: lineIn(file, definition),
				field: 'body',
				message: `footnote [^${definition.label ?? definition.identifier}] cites no source; expected a link such as [Publisher, title](source:<id>)`,
			});
		}
	});
	return errors;
};

export const markdownChecks: MarkdownCheck[] = [checkFootnotes, checkFootnoteSources, checkRawHtml, checkLinks];

/** An annotation as the anchor check needs it: its file, its quote and the letter it annotates. */
export interface Anchor {
	file: EntryFile;
	quote: TextQuote;
	target: string;
}

/** Where an annotation's quote sits in its letter's text: offsets of its first character and past its last. */
export interface Placement {
	start: number;
	end: number;
}

/**
 * Each annotation's (or claim's) quote is found exactly once in the rendered text of the letter it annotates
 * (`texts`, by letter id), and no two entries of one collection mark overlapping text (their marks and notes
 * would be impossible to tell apart). A claim may overlap a note: they are separate layers.
 */
export function checkAnnotationAnchors(
	anchors: readonly Anchor[],
	texts: ReadonlyMap<string, string>,
): { errors: ContentError[]; placements: Map<string, Placement> } {
	const placed = new Map<string, { file: EntryFile; start: number; end: number }[]>();
	const errors: ContentError[] = [];
	const placements = new Map<string, Placement>();
	for (const { file, quote, target } of anchors) {
		const text = texts.get(target);
		if (text === undefined) continue; // the letter itself has errors, reported on its own
		const match = findQuote(text, quote);
		if (!match.found) {
			errors.push({
				file: file.path,
				line: file.lineOf(['exact']),
				field: 'exact',
				message: describeMiss(quote, match.count, `letters/${target}`, text),
			});
			continue;
		}
		const layer = `${file.collection}/${target}`;
		const others = placed.get(layer) ?? [];
		const overlap = others.find((other) => other.start < match.end && match.start < other.end);
		if (overlap) {
			errors.push({
				file: file.path,
				line: file.lineOf(['exact']),
				field: 'exact',
				message: `quote overlaps the quote of ${overlap.file.path}; expected ${file.collection} on separate passages`,
			});
		}
		others.push({ file, start: match.start, end: match.end });
		placed.set(layer, others);
		placements.set(file.path, { start: match.start, end: match.end });
	}
	return { errors, placements };
}
