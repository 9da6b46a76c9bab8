import { stripVTControlCharacters } from 'node:util';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDirOf } from '../../src/pipeline/root.ts';

/** Where `astro build` runs: the project root, beside astro.config.mjs. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A fresh folder for one test's builds. It sits inside the project, in node_modules/.cache/: for an
 * output folder outside the project Astro writes its prerender chunks to the shared `.astro/.prerender/`,
 * where two builds at once delete each other's files.
 */
export function buildFolder(name: string): string {
	const cache = join(projectRoot, 'node_modules/.cache');
	mkdirSync(cache, { recursive: true });
	return mkdtempSync(join(cache, `odf-${name}-`));
}

/** Removes a build folder and the content cache Astro kept for its content folder (`cacheDir` in astro.config.mjs). */
export function removeBuildFolder(folder: string, contentDir: string): void {
	rmSync(folder, { recursive: true, force: true });
	rmSync(join(projectRoot, cacheDirOf(contentDir)), { recursive: true, force: true });
}

export interface BuildResult {
	/** Exit code of `astro build`. */
	code: number | null;
	/** Everything it printed, stdout and stderr interleaved. */
	output: string;
	seconds: number;
}

/** Runs `astro build` (what `npm run build` runs) on a content folder into an output folder: CONTENT_DIR and OUT_DIR as in astro.config.mjs. */
export function astroBuild(contentDir: string, outDir: string, args: string[] = []): Promise<BuildResult> {
	const started = performance.now();
	const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
	const child = spawn(process.execPath, [astro, 'build', ...args], {
		cwd: projectRoot,
		// vitest sets NODE_ENV=test; a real build runs as production.
		env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: contentDir, OUT_DIR: outDir },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	return new Promise((done, fail) => {
		child.on('error', fail);
		// Colours (Astro adds them when CI=true) would split the words the tests look for.
		child.on('close', (code) => done({ code, output: stripVTControlCharacters(output), seconds: (performance.now() - started) / 1000 }));
	});
}

/** Every file under `dir` with its bytes, keyed by path relative to `dir`: to compare a folder before and after. */
export function snapshot(dir: string): Record<string, Buffer> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return Object.fromEntries(
		files.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return [relative(dir, path), readFileSync(path)];
		}),
	);
}
