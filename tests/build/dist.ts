import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { basePath, distDir } from '../site.ts';

export { basePath, distDir };
export * from '../hast.ts';

if (!existsSync(join(distDir, 'index.html'))) {
	throw new Error(`${distDir}/index.html is missing: run \`npm run build\` before \`npm run test:build\`.`);
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
