import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { visit } from 'unist-util-visit';
import { basePath, distDir } from '../site.ts';

export { basePath, distDir };

if (!existsSync(join(distDir, 'index.html'))) {
	throw new Error(`${distDir}/index.html is missing: run \`npm run build\` before \`npm run test:build\`.`);
}

/** Collapses runs of white space (including no-break spaces) to one space, as a reader sees text. */
export function normalizeSpace(text: string): string {
	return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A site path (without the base, e.g. `/letters/x/`) with the base in front, as it appears in links. */
export function sitePath(path: string): string {
	return `${basePath}${path.replace(/^\//, '')}`;
}

/** The file a site path is served from, or undefined when there is none (a folder gives its index.html). */
export function fileOf(pathWithBase: string): string | undefined {
	if (!pathWithBase.startsWith(basePath) && `${pathWithBase}/` !== basePath) return undefined;
	const file = join(distDir, decodeURIComponent(pathWithBase.slice(basePath.length)));
	if (!file.startsWith(distDir)) return undefined;
	if (existsSync(file) && statSync(file).isFile()) return file;
	const index = join(file, 'index.html');
	return existsSync(index) ? index : undefined;
}

/** The site path (with the base) a file in dist/ is served at: `dist/a/index.html` → `/a/`. */
export function pathOf(file: string): string {
	const path = relative(distDir, file).split(sep).join('/');
	return `${basePath}${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every file in dist/ whose name ends with one of `extensions` (Pagefind's bundle excluded: not ours). */
export function distFiles(extensions: string[], dir = distDir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return path === join(distDir, 'pagefind') ? [] : distFiles(extensions, path);
		return extensions.some((extension) => entry.name.endsWith(extension)) ? [path] : [];
	});
}

/** Every HTML file in dist/ (Pagefind's bundle excluded). */
export function htmlFiles(): string[] {
	return distFiles(['.html']);
}

const trees = new Map<string, Root>();

/** The parsed HTML of a file in dist/. */
export function parseFile(file: string): Root {
	let tree = trees.get(file);
	if (!tree) {
		tree = fromHtml(readFileSync(file, 'utf8'));
		trees.set(file, tree);
	}
	return tree;
}

/** The parsed page at a site path given without the base; fails clearly when the page was not built. */
export function readPage(path: string): Root {
	const file = fileOf(sitePath(path));
	if (!file) throw new Error(`${sitePath(path)} was not built: no ${join(distDir, path, 'index.html')}`);
	return parseFile(file);
}

/** All elements under `node` (itself included) that pass `test`, in document order. */
export function elements(node: Nodes, test: (element: Element) => boolean): Element[] {
	const found: Element[] = [];
	visit(node, 'element', (element: Element) => {
		if (test(element)) found.push(element);
	});
	return found;
}

/** The first element that passes `test`, or a clear failure naming `what`. */
export function element(node: Nodes, what: string, test: (element: Element) => boolean): Element {
	const found = elements(node, test)[0];
	if (!found) throw new Error(`no ${what} in the page`);
	return found;
}

/** Tests for `elements()`: by tag, class, id and attribute. */
export const is = {
	tag: (name: string) => (el: Element) => el.tagName === name,
	id: (id: string) => (el: Element) => el.properties['id'] === id,
	class: (name: string) => (el: Element) => classesOf(el).includes(name),
	attr: (name: string) => (el: Element) => el.properties[name] !== undefined && el.properties[name] !== false,
};

export function classesOf(el: Element): string[] {
	const value = el.properties['className'];
	return Array.isArray(value) ? value.map(String) : [];
}

/** The text of a node as a reader sees it, white space normalised. */
export function textOf(node: Nodes): string {
	return normalizeSpace(toText(node));
}

/**
 * The text of a node without the elements that pass `skip` (and all inside them): for the words of
 * a document without the editorial layer around them, such as notes in <aside> and permalinks.
 */
export function textWithout(node: Element | Root, skip: (element: Element) => boolean): string {
	const prune = <T extends Element | Root>(parent: T): T => ({
		...parent,
		children: parent.children
			.filter((child) => child.type !== 'element' || !skip(child))
			.map((child) => (child.type === 'element' ? prune(child) : child)),
	});
	return textOf(prune(node));
}

/** An attribute as a string ('' when absent). */
export function attr(el: Element, name: string): string {
	const value = el.properties[name];
	return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? '' : String(value);
}
