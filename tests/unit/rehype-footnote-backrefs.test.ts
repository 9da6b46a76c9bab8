import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeFootnoteBackrefs } from '../../src/markdown/rehype-footnote-backrefs.ts';

/** Markdown with GFM footnotes to HTML, through the plugin. */
const render = async (markdown: string) =>
	String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeFootnoteBackrefs).use(rehypeStringify).process(markdown));

describe('rehypeFootnoteBackrefs', () => {
	it('keeps each back-link (↩, ↩2) out of the search index', async () => {
		const html = await render('One.[^a] Two.[^a]\n\n[^a]: The note.\n');
		const backrefs = html.match(/<a [^>]*data-footnote-backref[^>]*>.*?<\/a>/g);
		expect(backrefs).toEqual([
			'<a href="#user-content-fnref-a" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref" data-pagefind-ignore="">↩</a>',
			'<a href="#user-content-fnref-a-2" data-footnote-backref="" aria-label="Back to reference 1-2" class="data-footnote-backref" data-pagefind-ignore="">↩<sup>2</sup></a>',
		]);
	});

	it('keeps the footnote numbers in the text out of the search index, and the notes themselves in', async () => {
		const html = await render('One.[^a]\n\n[^a]: The note.\n');
		expect(html).toContain(
			'<sup data-pagefind-ignore=""><a href="#user-content-fn-a" id="user-content-fnref-a" data-footnote-ref aria-describedby="footnote-label">1</a></sup>',
		);
		expect(html).toContain('<p>The note. <a href="#user-content-fnref-a"');
		expect(html.match(/data-pagefind-ignore/g)).toHaveLength(2);
	});

	it('folds a run of more than three back-links into "Cited n times", opened on demand, and leaves three as they are', async () => {
		const cited = (times: number) => `${Array.from({ length: times }, (_, i) => `Place ${i}.[^a]`).join(' ')}\n\n[^a]: The note.\n`;
		const folded = await render(cited(4));
		expect(folded).toContain(
			'<p>The note.</p>\n<details class="footnote-backrefs" data-pagefind-ignore=""><summary>Cited 4 times</summary><p><a href="#user-content-fnref-a"',
		);
		expect(folded.match(/data-footnote-backref=""/g)).toHaveLength(4);
		expect(folded).toContain('↩<sup>4</sup></a></p></details>');
		const three = await render(cited(3));
		expect(three).not.toContain('<details');
		expect(three).toContain('<p>The note. <a href="#user-content-fnref-a"');
	});

	it('changes nothing in a text without footnotes', async () => {
		expect(await render('Plain [text](https://example.org/).')).toBe('<p>Plain <a href="https://example.org/">text</a>.</p>');
	});
});
