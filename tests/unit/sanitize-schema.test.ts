import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '../../src/markdown/processor.ts';
import { sanitizeSchema } from '../../src/markdown/sanitize-schema.ts';

/** HTML through the sanitiser alone, as the pipeline's first rehype step sees what Markdown produced. */
const sanitize = (html: string) =>
	toHtml(
		unified()
			.use(rehypeSanitize, sanitizeSchema)
			.runSync(fromHtml(html, { fragment: true })) as Root,
	);

/** Markdown through the whole pipeline, with no check before it: the second line of defence on its own. */
const render = (markdown: string) => {
	const processor = createMarkdownProcessor({ base: '/' });
	const file = new VFile({ path: 'content/cases/x.md', value: markdown });
	return processor.stringify(processor.run(processor.parse(file), file));
};

describe('the sanitising schema', () => {
	it.each([
		['<script>alert(1)</script>', ''],
		['<img src=x onerror=alert(1)>', '<img src="x">'],
		['<a href="javascript:alert(1)" onclick="alert(1)">x</a>', '<a>x</a>'],
		['<iframe src="data:text/html,x"></iframe>', ''],
		['<svg onload=alert(1)><circle/></svg>', ''],
		[
			'<span class="visually-hidden evil" style="x" data-pagefind-ignore>ok</span>',
			'<span class="visually-hidden" data-pagefind-ignore="">ok</span>',
		],
	])('makes %s harmless', (input, output) => {
		expect(sanitize(input)).toBe(output);
	});
});

describe('ids', () => {
	it('are not prefixed a second time: the footnote ids remark-rehype made already carry user-content-', () => {
		expect(sanitize('<li id="user-content-fn-1">x</li>')).toBe('<li id="user-content-fn-1">x</li>');
	});
});

describe('the Markdown pipeline without the checks', () => {
	it('drops raw HTML and script or data URLs that reach it', () => {
		const html = render(
			'Text <script>alert(1)</script> and <img src=x onerror=alert(1)>.\n\n[a](javascript:alert(1)) [b](data:text/html,x) ![c](java&#9;script:alert(1))\n',
		);
		expect(html).not.toMatch(/<script|onerror|javascript:|data:text/i);
		expect(html).toContain('<a>a</a>');
	});

	it('keeps what Markdown says: emphasis, links, footnotes with their back-links', () => {
		const html = render('Some *text* with [a link](https://example.org/).[^1]\n\n[^1]: A note.\n');
		expect(html).toContain('<em>text</em>');
		expect(html).toContain('<a href="https://example.org/" rel="external noreferrer">a link</a>');
		expect(html).toContain('data-footnote-backref=""');
	});
});
