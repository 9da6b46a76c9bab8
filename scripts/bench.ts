/**
 * `npm run bench`: what a build costs, step by step, and what a reader's browser downloads.
 *
 * For each N (default 1,000) it copies the project to a temporary folder, adds N synthetic reports there
 * (never to content/), builds cold and prints each step's time and the peak memory: the content pipeline's
 * checks and its Markdown rendering, Astro's own work (start-up, bundling, pages) and Pagefind, and the
 * checks' share of the build. Then it builds the real content alone, and with one 5 MB report. It scores
 * search on the content's judged queries (tests/fixtures/seed/search-judgments.json): mean reciprocal rank,
 * precision at 3 and every query whose right page is not first, on the content alone and beside the N
 * synthetic reports. Last, on the largest site, it loads pages in Chromium and prints what a browser
 * downloads for each kind of page and for a first search.
 *
 * With the performance anchor beside the project (`../shared/bench/`, or STARLIGHT_BENCH=<that folder>), it
 * then builds the project and Astro Starlight with the same number of synthetic reports, cold, in turn
 * (project, Starlight, project, …; STARLIGHT_PAIRS pairs, default 3), and prints the median of the pairs'
 * ratios: absolute times drift on a shared machine, a ratio taken pair by pair much less. Then it weighs a
 * first search on the last Starlight build (the same reports: the synthetic reports are the anchor's, word
 * for word) beside the site's. Without the anchor, that step is skipped. Tests never need it.
 *
 *   npm run bench              # N = 1000
 *   npm run bench -- 100 10000 # other sizes
 *
 * A benchmark measures; it asserts nothing.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measurePages, pagesToWeigh } from './bench/page-weight.ts';
import { judgmentsFileOf } from './lib/content-set.ts';
import { rankJudgments, type Judgments, type RelevanceReport } from './lib/relevance.ts';
import { addContent, anchorsOf, buildPhases, scratchProject, type BuildPhases } from './bench/scratch-build.ts';
import { starlightBuild, starlightDist } from './bench/starlight.ts';
import { starlightSearchWeights } from './bench/starlight-search-weight.ts';
import { largeReport, syntheticReports } from './bench/synthetic-report.ts';

const sizes = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => n > 0);
const counts = sizes.length > 0 ? sizes : [1000];
const anchors = anchorsOf();

const s = (seconds: number) => seconds.toFixed(1);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Total bytes of the files under a folder. */
function folderBytes(dir: string): number {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

function row(label: string, p: BuildPhases): string {
	const share = ((p.checks / p.seconds) * 100).toFixed(1);
	return `| ${label} | ${p.pages.toLocaleString('en')} | ${s(p.seconds)} | ${s(p.checks)} | ${s(p.markdown)} | ${p.contentPeakMb} MB | ${s(p.astro)} | ${s(p.pagefind)} | ${p.peakMb} MB | ${share}% |`;
}

const rows: string[] = [];
const dirs: string[] = [];
for (const n of counts) {
	const dir = scratchProject();
	dirs.push(dir);
	addContent(dir, syntheticReports(n, anchors));
	const phases = await buildPhases(dir);
	rows.push(row(`${n.toLocaleString('en')} synthetic reports`, phases));
	console.error(`built N=${n} in ${s(phases.seconds)} s (dist ${(folderBytes(join(dir, 'dist')) / 1024 / 1024).toFixed(1)} MB)`);
}

const alone = scratchProject();
rows.push(row('the content alone', await buildPhases(alone)));

const large = scratchProject();
addContent(large, [['reports/bench-large-report.md', largeReport(5, anchors)]]);
rows.push(row('the content + one 5 MB report', await buildPhases(large)));
rmSync(large, { recursive: true, force: true });

console.log('\nEach step of a cold `astro build` (seconds; memory is the peak of the build process by the end of the step):\n');
console.log('| build | pages indexed | total | checks | Markdown | peak after content | Astro | Pagefind | peak | checks’ share |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const line of rows) console.log(line);

const judgments = JSON.parse(readFileSync(judgmentsFileOf('content'), 'utf8')) as Judgments;
const scored: [string, RelevanceReport][] = [['the content alone', await rankJudgments(join(alone, 'dist'), '/', judgments)]];
for (const [i, dir] of dirs.entries())
	scored.push([`beside ${counts[i]!.toLocaleString('en')} synthetic reports`, await rankJudgments(join(dir, 'dist'), '/', judgments)]);
console.log(`\nSearch relevance on ${judgments.queries.length} judged queries:\n`);
console.log('| site | MRR | precision@3 | queries whose right page is not first |');
console.log('| --- | ---: | ---: | ---: |');
for (const [label, report] of scored) {
	console.log(`| ${label} | ${report.mrr.toFixed(3)} | ${report.precisionAt3.toFixed(3)} | ${report.queries.filter((q) => q.rank !== 1).length} |`);
}
for (const [label, report] of scored) {
	console.log(`\nBelow rank 1 (${label}); rank 0 means not found:`);
	for (const q of report.queries.filter((q) => q.rank !== 1)) console.log(`- "${q.query}" (${q.kind}): rank ${q.rank}; top 3: ${q.top.join(', ')}`);
}
rmSync(alone, { recursive: true, force: true });

const largest = dirs.at(-1);
const weights = largest ? await measurePages(join(largest, 'dist'), await pagesToWeigh(join(largest, 'content'))) : undefined;
if (weights) {
	console.log(`\nWhat a browser downloads on the largest site (N=${counts.at(-1)!.toLocaleString('en')}), gzipped:\n`);
	console.log('| page | first view | requests | JavaScript |');
	console.log('| --- | ---: | ---: | ---: |');
	for (const w of weights) console.log(`| ${w.label} | ${kb(w.bytes)} | ${w.requests} | ${kb(w.jsBytes)} |`);
}

/**
 * The site's first searches beside Astro Starlight's, built last with the same reports (the anchor's corpus,
 * which the synthetic reports reproduce word for word): its letter page, its search dialog and one search,
 * against the site's search page and one search.
 */
async function searchBesideStarlight(weights: { label: string; bytes: number }[]) {
	const searches = weights.flatMap((w) => {
		const query = /one search \("(.+)"\)/.exec(w.label)?.[1];
		return query ? [{ query, bytes: w.bytes }] : [];
	});
	const theirs = await starlightSearchWeights(
		starlightDist(),
		searches.map((s) => s.query),
	);
	if (!theirs) return;
	console.log(`\nA first search beside Astro Starlight's, the same ${counts.at(-1)!.toLocaleString('en')} reports, gzipped:\n`);
	console.log('| query | the site | Starlight | ratio |');
	console.log('| --- | ---: | ---: | ---: |');
	for (const [i, { query, bytes }] of searches.entries()) {
		console.log(`| "${query}" | ${kb(bytes)} | ${kb(theirs[i]!.bytes)} | ${(bytes / theirs[i]!.bytes).toFixed(2)}× |`);
	}
}

const anchor = resolve(process.env['STARLIGHT_BENCH'] ?? '../shared/bench');
if (existsSync(join(anchor, 'starlight-baseline.sh'))) {
	const n = counts.at(-1)!;
	const pairs = Number(process.env['STARLIGHT_PAIRS'] ?? 3);
	const ratios: number[] = [];
	console.log(`\nCold builds with ${n.toLocaleString('en')} synthetic reports, against Astro Starlight (${anchor}), in turn:\n`);
	console.log('| pair | project (s) | Starlight (s) | ratio |');
	console.log('| ---: | ---: | ---: | ---: |');
	for (let pair = 1; pair <= pairs; pair++) {
		const project = (await buildPhases(dirs.at(-1)!)).seconds;
		const starlight = await starlightBuild(anchor, n);
		ratios.push(project / starlight);
		console.log(`| ${pair} | ${s(project)} | ${s(starlight)} | ${(project / starlight).toFixed(2)} |`);
	}
	const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!;
	console.log(`\nMedian ratio, project to Starlight: ${median.toFixed(2)}×`);
	if (weights) await searchBesideStarlight(weights);
} else {
	console.error(`No performance anchor at ${anchor} (set STARLIGHT_BENCH): skipping the side-by-side with Starlight.`);
}
for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
