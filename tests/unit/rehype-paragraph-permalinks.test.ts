import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeParagraphPermalinks } from '../../src/markdown/rehype-paragraph-permalinks.ts';

const isLetter = (path: string) => path.includes('/letters/');

/** HTML (as rendered from a Markdown file, a letter unless said otherwise) through the plugin. */
function permalink(html: string, file = new VFile({ path: 'content/letters/sample-letter.md' })): string {
	const processor = unified().use(rehypeParagraphPermalinks, { include: isLetter });
	return toHtml(processor.runSync(fromHtml(html, { fragment: true }), file) as Root);
}

/** The ¶ link the plugin gives paragraph `n`. */
const pilcrow = (n: number) => `<a class="permalink" href="#p-${n}" aria-label="Link to paragraph ${n}" data-pagefind-ignore="">¶</a>`;

describe('rehypeParagraphPermalinks', () => {
	it('numbers the paragraphs of a letter p-1, p-2 … and gives each a ¶ link to itself, kept out of search', () => {
		expect(permalink('<p>Dear Madam,</p><p>We write <em>to you</em>.</p>')).toBe(
			`<p id="p-1">Dear Madam, ${pilcrow(1)}</p><p id="p-2">We write <em>to you</em>. ${pilcrow(2)}</p>`,
		);
	});

	it('counts top-level paragraphs only: not headings, lists, quotes or footnotes', () => {
		const html = permalink(
			'<h2>Title</h2><p>One.</p><ul><li><p>In a list.</p></li></ul><blockquote><p>Quoted.</p></blockquote><p>Two.</p>' +
				'<section data-footnotes class="footnotes"><ol><li><p>A note.</p></li></ol></section>',
		);
		expect(html).toBe(
			`<h2>Title</h2><p id="p-1">One. ${pilcrow(1)}</p><ul><li><p>In a list.</p></li></ul><blockquote><p>Quoted.</p></blockquote>` +
				`<p id="p-2">Two. ${pilcrow(2)}</p><section data-footnotes="" class="footnotes"><ol><li><p>A note.</p></li></ol></section>`,
		);
	});

	it('keeps what a paragraph already carries', () => {
		expect(permalink('<p class="signature">Yours,</p>')).toBe(`<p class="signature" id="p-1">Yours, ${pilcrow(1)}</p>`);
	});

	it.each([
		['an annotation', new VFile({ path: 'content/annotations/a-note.md' })],
		['a report', new VFile({ path: 'content/reports/a-report.md' })],
		['a text with no file', new VFile()],
	])('leaves other texts (%s) alone, so ids shown inside a letter never clash', (_kind, file) => {
		const html = '<p>A note on the letter.</p><p>Another.</p>';
		expect(permalink(html, file)).toBe(html);
	});
});
