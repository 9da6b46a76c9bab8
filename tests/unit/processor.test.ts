import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor, markdownPlugins } from '../../src/markdown/processor.ts';
import { rehypeFootnoteBackrefs } from '../../src/markdown/rehype-footnote-backrefs.ts';
import { rehypeParagraphPermalinks } from '../../src/markdown/rehype-paragraph-permalinks.ts';

/** Markdown through the site's whole pipeline, as the file at `path`. */
function render(markdown: string, path: string): string {
	const processor = createMarkdownProcessor({ base: '/' });
	const file = new VFile({ path, value: markdown });
	return processor.stringify(processor.run(processor.parse(file), file));
}

const letter = 'Dear Madam,\n\n## Torture\n\nSee [the report](https://example.org/r) and [this](//example.org/x).[^1]\n\n[^1]: A note.\n';

describe('the Markdown processor', () => {
	it('sanitises first, then runs the plugins that add markup of their own', () => {
		const plugins = markdownPlugins({ base: '/' }).rehypePlugins.map((entry) => (Array.isArray(entry) ? entry[0] : entry));
		expect(plugins).toEqual([rehypeSanitize, rehypeSlug, rehypeExternalLinks, rehypeFootnoteBackrefs, rehypeParagraphPermalinks]);
	});

	it('keeps the markup those plugins add, which the sanitiser would strip', () => {
		const html = render(letter, 'content/letters/sample-letter.md');
		expect(html).toContain('<h2 id="torture">Torture</h2>');
		expect(html).toContain('<a href="https://example.org/r" rel="external noreferrer">the report</a>');
		expect(html).toContain('<a href="//example.org/x" rel="external noreferrer">this</a>');
		expect(html).toContain('aria-label="Back to reference 1" class="data-footnote-backref" data-pagefind-ignore=""');
		expect(html).toContain(
			'<p id="p-1">Dear Madam, <a class="permalink" href="#p-1" aria-label="Link to paragraph 1" data-pagefind-ignore="">¶</a></p>',
		);
	});

	it('gives paragraph permalinks to letters only: a note shown inside a letter has none', () => {
		expect(render(letter, 'content/letters/sample-letter.md')).toContain('id="p-2"');
		const note = render(letter, 'content/annotations/sample-annotation.md');
		expect(note).toContain('<p>Dear Madam,</p>');
		expect(note).not.toMatch(/id="p-\d|class="permalink"/);
	});
});
