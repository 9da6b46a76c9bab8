import type { Root as HastRoot } from 'hast';
import type { Root, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { z } from 'zod';
import { collectionSchemas } from '../schemas/index.ts';
import { checkedReference, plainReference } from '../schemas/reference.ts';
import { collectionFormats, entryFilePattern, slug, type CollectionName } from '../schemas/shared.ts';
import type { ContentFile } from './content-files.ts';
import { parseEntityLink } from './routes.ts';
import { unknownIdMessage } from './unknown-id.ts';
import { annotatableText } from './annotate.ts';
import { describeMiss, findQuote } from './text-quote.ts';

/** One problem in one file, worded for the editor who has to fix it. */
export interface ContentError {
	file: string;
	line: number;
	/** The field, e.g. `authors.3.person`, or `body` for the Markdown text. */
	field: string;
	message: string;
}

/** `content/questions/x.md:12: authors.3.person: no entry "y" in people; did you mean …` */
export function formatError(error: ContentError): string {
	return `${error.file}:${error.line}: ${error.field}: ${error.message}`;
}

/** A named check over all content files; returns every problem it finds, never only the first. */
export type Check = (files: ContentFile[]) => ContentError[];

/** The ids present in each collection, from the files themselves. */
function idsFrom(files: ContentFile[]): (collection: CollectionName) => Set<string> {
	const byCollection = new Map<CollectionName, Set<string>>();
	for (const file of files.filter(inFormat)) {
		const ids = byCollection.get(file.collection) ?? new Set();
		ids.add(file.id);
		byCollection.set(file.collection, ids);
	}
	return (collection) => byCollection.get(collection) ?? new Set();
}

function schemasFor(files: ContentFile[]): Record<CollectionName, z.ZodType> {
	return collectionSchemas(checkedReference(plainReference, idsFrom(files)));
}

/** Whether a file is in its collection's format (Astro loads only those). */
const inFormat = (file: ContentFile) => entryFilePattern(file.collection).test(file.path);

/** A file in the wrong format for its collection would be skipped by the build: say so. */
export const checkFileFormats: Check = (files) =>
	files
		.filter((file) => !inFormat(file))
		.map((file) => {
			const expected = collectionFormats[file.collection] === 'markdown' ? '.md (Markdown with frontmatter)' : '.yaml (YAML)';
			return { file: file.path, line: 1, field: 'file', message: `${file.collection} entries are ${expected} files; this one would be ignored` };
		});

/** File names are the ids: ASCII kebab-case slugs such as `andrzej-duda`. */
export const checkFileNames: Check = (files) =>
	files
		.filter((file) => !slug.safeParse(file.id).success)
		.map((file) => ({ file: file.path, line: 1, field: 'file', message: `file name "${file.id}" is not an id; expected an ASCII kebab-case slug such as "andrzej-duda"` }));

/** YAML that does not parse. */
export const checkSyntax: Check = (files) =>
	files.flatMap((file) => file.syntaxErrors.map((e) => ({ file: file.path, line: e.line, field: 'yaml', message: e.message })));

/** Every field against its collection's schema: types, required fields, dates, https, references. */
export const checkSchemas: Check = (files) => {
	const schemas = schemasFor(files);
	return files.flatMap((file) => {
		if (file.data === undefined || !inFormat(file)) return [];
		const result = schemas[file.collection].safeParse(file.data);
		if (result.success) return [];
		return result.error.issues.map((issue) => {
			const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
			return { file: file.path, line: file.lineOf(path), field: path.join('.') || '(file)', message: issue.message };
		});
	});
};

/** Two files that would get the same id in one collection (`x.yaml` and `x.yml`, say). */
export const checkDuplicateIds: Check = (files) => {
	const seen = new Map<string, ContentFile>();
	return files.flatMap((file) => {
		const key = `${file.collection}/${file.id}`;
		const first = seen.get(key);
		if (!first) {
			seen.set(key, file);
			return [];
		}
		return [{ file: file.path, line: 1, field: 'id', message: `duplicate id "${file.id}" in ${file.collection}: also used by ${first.path}` }];
	});
};

const parser = unified().use(remarkParse).use(remarkGfm);

/** Each body is parsed once, however many checks read it. */
const parsed = new WeakMap<ContentFile, Root>();

function parseBody(file: ContentFile): Root | undefined {
	if (file.body === undefined) return undefined;
	let tree = parsed.get(file);
	if (!tree) {
		tree = parser.parse(file.body) as Root;
		parsed.set(file, tree);
	}
	return tree;
}

const lineIn = (file: ContentFile, node: { position?: { start: { line: number } } | undefined }) =>
	file.bodyLine + (node.position?.start.line ?? 1) - 1;

/** Footnotes: every reference has a definition and every definition is referenced. */
export const checkFootnotes: Check = (files) =>
	files.flatMap((file) => {
		const tree = parseBody(file);
		if (!tree) return [];
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
				errors.push({ file: file.path, line: lineIn(file, node), field: 'body', message: `footnote reference [^${match[1]}] has no definition; expected a line "[^${match[1]}]: …"` });
			}
		});
		for (const [label, line] of definitions) {
			if (!referenced.has(label)) {
				errors.push({ file: file.path, line, field: 'body', message: `footnote [^${label}] is defined but never referenced; expected [^${label}] in the text, or remove the definition` });
			}
		}
		return errors;
	});

/** Raw HTML in Markdown is refused: Markdown says everything this site needs, and HTML could carry scripts. */
export const checkRawHtml: Check = (files) =>
	files.flatMap((file) => {
		const tree = parseBody(file);
		if (!tree) return [];
		const errors: ContentError[] = [];
		visit(tree, 'html', (node) => {
			const shown = node.value.length > 60 ? `${node.value.slice(0, 57)}…` : node.value;
			errors.push({ file: file.path, line: lineIn(file, node), field: 'body', message: `raw HTML ${JSON.stringify(shown)} is not allowed; expected Markdown only` });
		});
		return errors;
	});

/** The scheme of a URL as a browser would read it: control characters and white space inside it are ignored. */
const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))?.[1]?.toLowerCase();

/**
 * Links in Markdown (inline, reference definitions and images): entity links name existing entries;
 * other absolute links are https (or mailto); no script or data URLs; pages are linked by id, not path.
 */
export const checkLinks: Check = (files) => {
	const ids = idsFrom(files);
	return files.flatMap((file) => {
		const tree = parseBody(file);
		if (!tree) return [];
		const errors: ContentError[] = [];
		const report = (node: { position?: { start: { line: number } } | undefined }, message: string) =>
			errors.push({ file: file.path, line: lineIn(file, node), field: 'body', message });
		visit(tree, (node) => {
			if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return;
			const url = node.url;
			const link = parseEntityLink(url);
			const scheme = schemeOf(url);
			if (link) {
				if (!ids(link.collection).has(link.id)) report(node, `link "${url}": ${unknownIdMessage(link.id, link.collection, ids(link.collection))}`);
			} else if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript') {
				report(node, `link "${url}": script and data URLs are not allowed; expected an https:// URL or an entity link such as person:<id>`);
			} else if (scheme && scheme !== 'https' && scheme !== 'mailto') {
				report(node, `link "${url}": expected an https:// URL`);
			} else if (url.startsWith('/')) {
				report(node, `link "${url}": link to pages by id (e.g. person:<id>), not by path, so links survive a change of base path`);
			}
		});
		return errors;
	});
};

/** Collections whose every footnote must cite a source: editorial texts that state facts. */
const sourcedCollections = new Set<CollectionName>(['reports', 'cases']);

/** In reports and cases, every footnote cites at least one source with a `source:<id>` link. */
export const checkFootnoteSources: Check = (files) =>
	files.flatMap((file) => {
		if (!sourcedCollections.has(file.collection)) return [];
		const tree = parseBody(file);
		if (!tree) return [];
		const errors: ContentError[] = [];
		visit(tree, 'footnoteDefinition', (definition) => {
			let cites = false;
			visit(definition, 'link', (link) => {
				if (parseEntityLink(link.url)?.collection === 'sources') cites = true;
			});
			if (!cites) {
				errors.push({ file: file.path, line: lineIn(file, definition), field: 'body', message: `footnote [^${definition.label ?? definition.identifier}] cites no source; expected a link such as [Publisher, title](source:<id>)` });
			}
		});
		return errors;
	});

/** The text a reader sees in a Markdown body, as the site renders it (footnotes included). */
function renderedText(file: ContentFile): string {
	const tree = parseBody(file);
	if (!tree) return '';
	return annotatableText(unified().use(remarkRehype).runSync(tree, file.path) as HastRoot);
}

/**
 * Each annotation's quote is found exactly once in the text of the document it annotates, and no
 * two annotations mark overlapping text (their marks and notes would be impossible to tell apart).
 */
export const checkAnnotationAnchors: Check = (files) => {
	const texts = new Map<string, string>();
	const placed = new Map<string, { file: ContentFile; start: number; end: number }[]>();
	const errors: ContentError[] = [];
	for (const file of files) {
		if (file.collection !== 'annotations' || !file.data) continue;
		const data = file.data as { target?: unknown; exact?: unknown; prefix?: unknown; suffix?: unknown };
		if (typeof data.target !== 'string' || typeof data.exact !== 'string') continue; // the schema check reports it
		const target = files.find((f) => f.collection === 'letters' && f.id === data.target);
		if (!target) continue;
		if (!texts.has(target.id)) texts.set(target.id, renderedText(target));
		const quote = { exact: data.exact, prefix: data.prefix as string | undefined, suffix: data.suffix as string | undefined };
		const match = findQuote(texts.get(target.id)!, quote);
		if (!match.found) {
			errors.push({ file: file.path, line: file.lineOf(['exact']), field: 'exact', message: describeMiss(quote, match.count, `letters/${target.id}`) });
			continue;
		}
		const others = placed.get(target.id) ?? [];
		const overlap = others.find((other) => other.start < match.end && match.start < other.end);
		if (overlap) {
			errors.push({ file: file.path, line: file.lineOf(['exact']), field: 'exact', message: `quote overlaps the quote of ${overlap.file.path}; expected annotations on separate passages` });
		}
		others.push({ file, start: match.start, end: match.end });
		placed.set(target.id, others);
	}
	return errors;
};

/** All checks, in the order their errors are printed. */
export const checks: Check[] = [checkFileFormats, checkFileNames, checkSyntax, checkDuplicateIds, checkSchemas, checkFootnotes, checkFootnoteSources, checkRawHtml, checkLinks, checkAnnotationAnchors];

/** Runs every check and returns every error, sorted by file and line. */
export function checkContent(files: ContentFile[]): ContentError[] {
	return checks
		.flatMap((check) => check(files))
		.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
