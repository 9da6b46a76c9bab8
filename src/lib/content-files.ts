import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { collectionNames, type CollectionName } from '../schemas/shared.ts';
import { contentRoot } from './content-ids.ts';

/** One content file, read raw, with a way to find the line of any field. */
export interface ContentFile {
	collection: CollectionName;
	id: string;
	/** Path relative to the project root, as error messages print it. */
	path: string;
	/** Frontmatter or YAML data, dates left as written (YAML 1.2: no timestamp conversion). */
	data: unknown;
	/** Markdown body, for Markdown files. */
	body?: string | undefined;
	/** 1-based line in the file where the body starts. */
	bodyLine: number;
	/** 1-based line of a field path such as `authors.3.person`; the nearest existing parent if absent. */
	lineOf(path: (string | number)[]): number;
	/** YAML syntax errors, with their lines. */
	syntaxErrors: { line: number; message: string }[];
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Reads one file of a collection. */
export function readContentFile(collection: CollectionName, path: string): ContentFile {
	const raw = readFileSync(path, 'utf8');
	const isMarkdown = extname(path) === '.md';
	const match = isMarkdown ? frontmatterPattern.exec(raw) : null;
	const yamlText = isMarkdown ? (match?.[1] ?? '') : raw;
	// In Markdown the YAML starts on line 2, after the opening `---`.
	const yamlOffset = isMarkdown ? 1 : 0;
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(yamlText, { lineCounter, keepSourceTokens: true, prettyErrors: false });
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + yamlOffset;
	const syntaxErrors = doc.errors.map((error) => ({ line: lineAt(error.pos[0]), message: error.message.split('\n')[0] ?? error.message }));
	if (isMarkdown && !match) syntaxErrors.push({ line: 1, message: 'expected a frontmatter block between two `---` lines at the top' });
	const bodyLine = match ? match[0].split('\n').length : 1;
	return {
		collection,
		id: basename(path, extname(path)),
		path,
		data: syntaxErrors.length ? undefined : doc.toJS(),
		body: isMarkdown ? raw.slice(match?.[0].length ?? 0) : undefined,
		bodyLine,
		lineOf(fieldPath) {
			for (let depth = fieldPath.length; depth > 0; depth--) {
				const node = doc.getIn(fieldPath.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
				// A key's value node starts where the value does; point at it, or at its parent collection.
				if (node?.range) return lineAt(node.range[0]);
			}
			const root = doc.contents;
			return isMap(root) || isSeq(root) ? lineAt(root.range?.[0] ?? 0) : 1 + yamlOffset;
		},
		syntaxErrors,
	};
}

/** Every content file, collection by collection, in a stable order. */
export function readAllContent(root = contentRoot): ContentFile[] {
	return collectionNames.flatMap((collection) => {
		const dir = join(root, collection);
		let names: string[];
		try {
			names = readdirSync(dir).filter((name) => /\.(md|ya?ml)$/.test(name)).sort();
		} catch {
			return [];
		}
		return names.map((name) => readContentFile(collection, join(dir, name)));
	});
}
