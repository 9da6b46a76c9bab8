/**
 * `npm run bench`: how the build scales. For each N (default 100, 1,000 and 10,000) it copies the
 * project into a temporary folder, adds N synthetic reports there (never into content/), builds, and
 * prints build seconds, pages per second, dist/ size and Pagefind index size. Then, on the largest
 * site, it loads pages in Chromium and prints what a browser downloads: for one search, and for the
 * first view of each kind of page (bytes gzipped, requests, JavaScript bytes).
 *
 *   npm run bench              # N = 100, 1000, 10000
 *   npm run bench -- 50 500    # other sizes
 *
 * A benchmark measures; it asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measurePages } from './bench/page-weight.ts';
import { syntheticReport } from './bench/synthetic-report.ts';

const root = process.cwd();
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const counts = sizes.length > 0 ? sizes : [100, 1000, 10000];

/** Total bytes of the files under a folder, and how many of them end in `.html`. */
function folderSize(dir: string): { bytes: number; html: number } {
	let bytes = 0;
	let html = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		bytes += statSync(path).size;
		if (entry.name.endsWith('.html')) html += 1;
	}
	return { bytes, html };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** A copy of the project to build in: its own content and output, the same node_modules. */
function scratchProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'odf-bench-'));
	for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content', 'scripts']) {
		cpSync(join(root, item), join(dir, item), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

interface Row {
	n: number;
	seconds: number;
	pages: number;
	dist: number;
	index: number;
	dir: string;
}

const rows: Row[] = [];
for (const n of counts) {
	const dir = scratchProject();
	const reports = join(dir, 'content', 'reports');
	mkdirSync(reports, { recursive: true });
	for (let i = 1; i <= n; i++) writeFileSync(join(reports, `bench-report-${String(i).padStart(5, '0')}.md`), syntheticReport(i));
	const started = performance.now();
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	const seconds = (performance.now() - started) / 1000;
	const dist = folderSize(join(dir, 'dist'));
	const index = folderSize(join(dir, 'dist', 'pagefind'));
	rows.push({ n, seconds, pages: dist.html, dist: dist.bytes, index: index.bytes, dir });
	console.error(`built N=${n}: ${dist.html} pages in ${seconds.toFixed(1)} s`);
}

console.log('\n| reports (N) | pages | build (s) | pages/s | dist/ | Pagefind index |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
	console.log(`| ${r.n.toLocaleString('en')} | ${r.pages.toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${(r.pages / r.seconds).toFixed(0)} | ${mb(r.dist)} | ${mb(r.index)} |`);
}
if (rows.length > 1) {
	const [first, last] = [rows[0]!, rows.at(-1)!];
	const growth = last.seconds / first.seconds / (last.pages / first.pages);
	console.log(`\nBuild time per page, largest vs smallest site: ×${growth.toFixed(2)} (1.00 = linear; below 1, fixed costs dominate).`);
}

const largest = rows.at(-1);
if (largest) {
	const weights = await measurePages(join(largest.dir, 'dist'));
	if (weights) {
		console.log(`\nWhat a browser downloads on the largest site (N=${largest.n.toLocaleString('en')}), gzipped:\n`);
		console.log('| page | first view | requests | JavaScript |');
		console.log('| --- | ---: | ---: | ---: |');
		for (const w of weights) console.log(`| ${w.label} | ${kb(w.bytes)} | ${w.requests} | ${kb(w.jsBytes)} |`);
	}
}
for (const r of rows) rmSync(r.dir, { recursive: true, force: true });
