import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionSchemas } from '../../src/collections.ts';
import { parseEntryFile } from '../../src/pipeline/entry-file.ts';
import { readEntryFiles } from '../../src/pipeline/files.ts';
import { loadContent } from '../../src/pipeline/load.ts';
import { checkedReference } from '../../src/pipeline/reference.ts';
import { editorErrors } from '../../src/schemas/editor-errors.ts';
import { basePath } from '../site.ts';
import { relativeTo } from '../unit/check-fixtures.ts';
import { idsUnder } from '../unit/content-files.ts';
import { attr, elements, textOf } from './dist.ts';
import { astroBuild, buildFolder, removeBuildFolder, type BuildResult } from './fixture-build.ts';

/** Every collection, with script and HTML injections in every Markdown body and every string of its frontmatter. */
const hostileTree = 'tests/fixtures/hostile';

// Messages quote a link as JSON does, a tab inside it written \t.
const scriptOrDataLink =
	/^link "(java(\s|\\t)*script|data):[^"]*": script and data URLs are not allowed; expected an https:\/\/ URL or an entity link such as person:<id>$/;
const rawHtml = /^raw HTML ".*" is not allowed; expected Markdown only$/;

/** The files of a tree as the content pipeline reads them. */
const readTree = (root: string) => readEntryFiles(root).files.map(parseEntryFile);

describe('the content pipeline on hostile content', async () => {
	const errors = (await loadContent({ root: hostileTree, base: '/' })).errors.map(relativeTo(hostileTree));

	it('refuses nothing but raw HTML and script or data links: the rest of the tree is valid', () => {
		expect(errors.filter((e) => e.field !== 'body' || !(rawHtml.test(e.message) || scriptOrDataLink.test(e.message)))).toEqual([]);
	});

	it('refuses every Markdown file of the tree', () => {
		const markdown = readTree(hostileTree)
			.filter((file) => file.body !== undefined)
			.map((file) => relative(hostileTree, file.path));
		expect(markdown).toHaveLength(6);
		expect([...new Set(errors.map((e) => e.file))].sort()).toEqual(markdown.sort());
	});

	it('names each injection in a body, with its line', () => {
		expect(errors.filter((e) => e.file === 'cases/sample-case.md').map((e) => `${e.line}: ${e.message}`)).toEqual([
			'14: raw HTML "<script>" is not allowed; expected Markdown only',
			'14: raw HTML "</script>" is not allowed; expected Markdown only',
			'14: raw HTML "<img src=x onerror=alert(1)>" is not allowed; expected Markdown only',
			'14: raw HTML "<svg onload=alert(1)>" is not allowed; expected Markdown only',
			'16: raw HTML "<script>alert(1)</script>" is not allowed; expected Markdown only',
			'18: raw HTML "<iframe src=\\"javascript:alert(1)\\"></iframe>" is not allowed; expected Markdown only',
			'20: raw HTML "<a href=\\"javascript:alert(1)\\" onclick=\\"alert(1)\\">" is not allowed; expected Markdown only',
			'20: raw HTML "</a>" is not allowed; expected Markdown only',
			'22: link "javascript:alert(1)": script and data URLs are not allowed; expected an https:// URL or an entity link such as person:<id>',
			'22: link "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==": script and data URLs are not allowed; expected an https:// URL or an entity link such as person:<id>',
			'22: link "java\\tscript:alert(1)": script and data URLs are not allowed; expected an https:// URL or an entity link such as person:<id>',
			'22: link "javascript:alert(1)": script and data URLs are not allowed; expected an https:// URL or an entity link such as person:<id>',
			'24: link "javascript:alert(1)": script and data URLs are not allowed; expected an https:// URL or an entity link such as person:<id>',
			'26: raw HTML "<svg onload=alert(1)>" is not allowed; expected Markdown only',
		]);
	});

	/** The URL fields of the tree: their schema lets only https through, so a script or data URL never reaches a page. */
	const urlFields: [file: string, field: string][] = [
		['sources/sample-source.yaml', 'url'],
		['people/jane-doe.yaml', 'officialUrl'],
		['organizations/sample-ngo.yaml', 'website'],
		['reports/sample-report.md', 'originalUrl'],
		['questions/sample-question.md', 'officialUrl'],
		['questions/sample-question.md', 'answer.url'],
	];

	it.each(
		urlFields.flatMap(([file, field]) =>
			['javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', ' javascript:alert(1)'].map((url) => ({ file, field, url })),
		),
	)('$file: $field refuses $url', ({ file, field, url }) => {
		const target = readTree(hostileTree).find((f) => relative(hostileTree, f.path) === file)!;
		const keys = field.split('.');
		let parent = target.data as Record<string, unknown>;
		for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
		parent[keys.at(-1) as string] = url;
		const schema = collectionSchemas(checkedReference(idsUnder(hostileTree)))[target.collection];
		const result = schema.safeParse(target.data, { error: editorErrors });
		expect(result.error?.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }))).toEqual([
			{ field, message: 'expected an https:// URL' },
		]);
	});
});

/** A built page: its path in the output folder and its parsed HTML. */
interface Page {
	path: string;
	tree: Root;
}

/** Where a page may take scripts from: Astro's bundles, and Pagefind's bundle on the search page. */
const ownScriptSources = [`${basePath}_astro/`, `${basePath}pagefind/`];

const payload = /alert\(1\)/;

/** The text inside an element exactly as written (no white-space normalising), as a hash or a JSON parser sees it. */
function rawText(el: Element): string {
	return el.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/**
 * Scripts that are not the site's own: its own are JSON-LD and the Pagefind template (inline data, not
 * code), and modules from its bundles or inline with their hash in the page's Content-Security-Policy.
 */
function foreignScripts(pages: Page[]): string[] {
	return pages.flatMap(({ path, tree }) => {
		const policy = elements(tree, (el) => el.tagName === 'meta' && attr(el, 'httpEquiv').toLowerCase() === 'content-security-policy')
			.map((el) => attr(el, 'content'))
			.join(' ');
		return elements(tree, (el) => el.tagName === 'script')
			.filter((script) => {
				const [type, src, text] = [attr(script, 'type'), attr(script, 'src'), rawText(script)];
				if (type === 'application/ld+json') return src !== '';
				if (type === 'text/pagefind-template') return src !== '' || payload.test(text);
				if (type !== 'module') return true;
				if (src) return !ownScriptSources.some((prefix) => src.startsWith(prefix));
				return payload.test(text) || !policy.includes(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
			})
			.map((script) => `${path}: <script type="${attr(script, 'type')}" src="${attr(script, 'src')}">${rawText(script).slice(0, 80)}`);
	});
}

/** Elements with an event-handler attribute (`on…=`). */
function eventHandlers(pages: Page[]): string[] {
	return pages.flatMap(({ path, tree }) =>
		elements(tree, (el) => Object.keys(el.properties).some((name) => /^on/i.test(name))).map(
			(el) => `${path}: <${el.tagName} ${Object.keys(el.properties).join(' ')}>`,
		),
	);
}

/** Attributes whose value the browser loads or follows as a URL (hast property names). */
const urlAttributes = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'data', 'xLinkHref', 'background', 'srcSet'];

/** A scheme that runs code or smuggles a document in, read as a browser does: spaces and control characters dropped. */
const dangerousUrl = (value: string) => /^(javascript|data|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, ''));

/** Links, sources and actions with a javascript:, data: or vbscript: URL. */
function dangerousUrls(pages: Page[]): string[] {
	return pages.flatMap(({ path, tree }) =>
		elements(tree, () => true).flatMap((el) =>
			urlAttributes
				.filter((name) => el.properties[name] !== undefined && dangerousUrl(attr(el, name)))
				.map((name) => `${path}: <${el.tagName} ${name}="${attr(el, name)}">`),
		),
	);
}

/** Elements that embed or run code and that the site never uses. */
function embeddingElements(pages: Page[]): string[] {
	const tags = ['iframe', 'frame', 'object', 'embed', 'svg', 'math', 'base'];
	return pages.flatMap(({ path, tree }) => elements(tree, (el) => tags.includes(el.tagName)).map((el) => `${path}: <${el.tagName}>`));
}

/** Every string in parsed data, however deep, with the path of its field (`authors.1.name`). */
function stringsIn(value: unknown, path: string[] = []): { field: string; value: string }[] {
	if (typeof value === 'string') return [{ field: path.join('.'), value }];
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
	return [];
}

describe('the checks on built pages', () => {
	it('flag a page that carries each kind of injection', () => {
		const html =
			'<script>alert(1)</script><script type="module">alert(1)</script><script type="module" src="https://evil.example/x.js"></script>' +
			'<img src=x onerror=alert(1)><a href=" java\tscript:alert(1)">x</a><iframe src="data:text/html,x"></iframe><svg onload=alert(1)></svg>';
		const pages = [{ path: 'injected.html', tree: fromHtml(html) }];
		expect(foreignScripts(pages)).toHaveLength(3);
		expect(eventHandlers(pages)).toEqual(['injected.html: <img src onError>', 'injected.html: <svg onLoad>']);
		expect(dangerousUrls(pages)).toEqual(['injected.html: <a href=" java\tscript:alert(1)">', 'injected.html: <iframe src="data:text/html,x">']);
		expect(embeddingElements(pages)).toEqual(['injected.html: <iframe>', 'injected.html: <svg>']);
	});
});

/**
 * The hostile tree with a plain sentence for each line the checks refuse (raw HTML, script and data links): everything that
 * does reach a build. Its frontmatter keeps every payload, as text the pages must escape.
 */
async function withoutRefusedLines(from: string, to: string): Promise<void> {
	cpSync(from, to, { recursive: true });
	// A definition replaced leaves its footnote reference dangling: drop the marker, keep the line.
	for (let round = 0; round < 2; round++) {
		const refused = (await loadContent({ root: to, base: '/' })).errors;
		for (const file of new Set(refused.map((e) => e.file))) {
			const errors = refused.filter((e) => e.file === file);
			const text = readFileSync(file, 'utf8').split('\n');
			for (const { line, message } of errors) {
				const dangling = /^footnote reference \[\^(\S+)\] has no definition/.exec(message);
				text[line - 1] = dangling ? text[line - 1]!.replace(`[^${dangling[1]}]`, '') : 'A line the checks refused was here.';
			}
			writeFileSync(file, text.join('\n'));
		}
	}
}

describe('hostile content that passes the checks, built', () => {
	let folder = '';
	let result: BuildResult;
	let pages: Page[] = [];

	beforeAll(async () => {
		folder = buildFolder('hostile');
		const [contentDir, distDir] = [join(folder, 'content'), join(folder, 'dist')];
		await withoutRefusedLines(hostileTree, contentDir);
		result = await astroBuild(contentDir, distDir);
		if (result.code !== 0) return;
		const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter(
			(path) => path.endsWith('.html') && !path.startsWith('pagefind'),
		);
		pages = files.sort().map((path) => ({ path, tree: fromHtml(readFileSync(join(distDir, path), 'utf8')) }));
	}, 120_000);

	afterAll(() => removeBuildFolder(folder, join(folder, 'content')));

	it('builds, the refused lines gone and every frontmatter payload kept', () => {
		expect(result.code, result.output).toBe(0);
		expect(pages.map((page) => page.path)).toContain('letters/sample-letter/index.html');
	});

	it('puts every hostile frontmatter string on some page, in its text or an attribute (so each payload is really tested)', () => {
		const shown = pages.map(({ tree }) =>
			[textOf(tree), ...elements(tree, () => true).flatMap((el) => Object.values(el.properties).map(String))].join('\n'),
		);
		const strings = readTree(hostileTree).flatMap((file) =>
			stringsIn(file.data)
				.filter(({ value }) => payload.test(value))
				.map(({ field, value }) => ({ file: relative(hostileTree, file.path), field, value: value.trim() })),
		);
		expect(strings).toHaveLength(62);
		const unseen = strings.filter(({ value }) => !shown.some((text) => text.includes(value)));
		// A sort name orders lists and is shown only where a citation names a letter's signatory (John Roe); Jane Doe signs nothing.
		expect(unseen.map(({ file, field }) => `${file}: ${field}`)).toEqual(['people/jane-doe.yaml: sortName']);
	});

	it('has no <script> but its own: JSON-LD, the Pagefind template, and modules from its bundles or hashed in its CSP', () => {
		expect(foreignScripts(pages)).toEqual([]);
	});

	it('has no event-handler attribute (on…=) on any element', () => {
		expect(eventHandlers(pages)).toEqual([]);
	});

	it('has no javascript:, data: or vbscript: URL in any link, source or action', () => {
		expect(dangerousUrls(pages)).toEqual([]);
	});

	it('has no element that embeds or runs code (iframe, object, embed, svg, math, base)', () => {
		expect(embeddingElements(pages)).toEqual([]);
	});

	it('keeps JSON-LD valid JSON that carries the payloads whole: a `</script` in it would have cut the element short', () => {
		const scripts = pages.flatMap(({ path, tree }) =>
			elements(tree, (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json').map((el) => ({ path, text: rawText(el) })),
		);
		expect(scripts.map((s) => s.path).sort()).toEqual(
			expect.arrayContaining([
				'letters/sample-letter/index.html',
				'people/jane-doe/index.html',
				'organizations/sample-ngo/index.html',
				'reports/sample-report/index.html',
			]),
		);
		for (const { path, text } of scripts) expect(() => JSON.parse(text), path).not.toThrow();
		const data = (path: string) => JSON.parse(scripts.find((s) => s.path === path)?.text ?? '{}') as unknown;
		expect(data('letters/sample-letter/index.html')).toMatchObject({ alternateName: 'Letter title </script><script>alert(1)</script>' });
		expect(data('people/jane-doe/index.html')).toMatchObject({ name: 'Jane </script><script>alert(1)</script> Doe' });
	});
});
