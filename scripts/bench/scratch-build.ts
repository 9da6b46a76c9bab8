/**
 * Builds a copy of the project with extra content (never the project's own content/), cold, and reads
 * the time and memory of each build step from what the build prints.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Anchors } from './synthetic-report.ts';
import { cacheDirOf } from '../../src/pipeline/root.ts';

const root = process.cwd();

/** Any letter, person and source of the project's content, for synthetic reports to refer to. */
export function anchorsOf(content = join(root, 'content')): Anchors {
	const first = (collection: string, extension: RegExp) => {
		const name = readdirSync(join(content, collection))
			.filter((n) => extension.test(n))
			.sort()[0];
		if (!name) throw new Error(`${content}/${collection} has no entry for the benchmark to refer to`);
		return name.replace(extension, '');
	};
	return { letter: first('letters', /\.md$/), person: first('people', /\.ya?ml$/), source: first('sources', /\.ya?ml$/) };
}

/** A copy of the project to build in: its own content and output, the same node_modules. */
export function scratchProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'odf-bench-'));
	for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
		cpSync(join(root, item), join(dir, item), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

/** Writes files (path under the copy's content/ → text) into a scratch project. */
export function addContent(dir: string, files: Iterable<[path: string, text: string]>): void {
	for (const [path, text] of files) {
		mkdirSync(join(dir, 'content', path, '..'), { recursive: true });
		writeFileSync(join(dir, 'content', path), text);
	}
}

/** Seconds and peak memory (MB) of each step of one build, read from its log. */
export interface BuildPhases {
	seconds: number;
	pages: number;
	/** Reading, parsing and checking every content file, Markdown aside. */
	checks: number;
	/** Parsing, checking and rendering every Markdown body (once, in the content pipeline). */
	markdown: number;
	contentPeakMb: number;
	/** Astro's own work: start-up, bundling, rendering the pages. */
	astro: number;
	pagefind: number;
	peakMb: number;
}

/** Builds a scratch project cold (its own content cache, removed first) and reads the steps from the log. */
export async function buildPhases(dir: string): Promise<BuildPhases> {
	const content = join(dir, 'content');
	// Each content folder has its own cache in node_modules/.astro, which the copies share.
	const cache = join(root, cacheDirOf(content));
	rmSync(cache, { recursive: true, force: true });
	const started = performance.now();
	const output = await new Promise<string>((done, fail) => {
		const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let log = '';
		child.stdout.on('data', (chunk) => (log += chunk));
		child.stderr.on('data', (chunk) => (log += chunk));
		child.on('error', fail);
		child.on('close', (code) => (code === 0 ? done(log) : fail(new Error(`build failed in ${dir}:\n${log.slice(-2000)}`))));
	});
	const seconds = (performance.now() - started) / 1000;
	rmSync(cache, { recursive: true, force: true });
	const contentLine = /(\d+) files read and checked in ([\d.]+) s, Markdown checked and rendered in ([\d.]+) s; peak memory (\d+) MB/.exec(output);
	const pagefindLine = /indexed (\d+) pages in ([\d.]+) s; peak memory (\d+) MB/.exec(output);
	if (!contentLine || !pagefindLine) throw new Error(`the build printed no timings:\n${output.slice(-2000)}`);
	const [checks, markdown, pagefind] = [Number(contentLine[2]), Number(contentLine[3]), Number(pagefindLine[2])];
	return {
		seconds,
		pages: Number(pagefindLine[1]),
		checks,
		markdown,
		contentPeakMb: Number(contentLine[4]),
		astro: seconds - checks - markdown - pagefind,
		pagefind,
		peakMb: Number(pagefindLine[3]),
	};
}
