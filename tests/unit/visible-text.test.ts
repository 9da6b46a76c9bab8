import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { describeGlue, gluedWords } from '../build/visible-text.ts';

const glues = (html: string) => gluedWords(fromHtml(html)).map(describeGlue);

describe('the glued-words check of the build tests', () => {
	it.each([
		['a word before a link', '<p>and as<a href="#">W3C</a> Web Annotations.</p>', '…and as<a>W3C…'],
		[
			'a closing parenthesis before text, across two closing tags',
			'<p><span>Subject <small>(editorial)</small></span>Torture</p>',
			'…Subject (editorial)</small></span>Torture…',
		],
		['a link before a word', '<li><a href="#">Title</a><span>Meta</span></li>', '…Title</a><span>Meta…'],
		['a full stop before a link', '<p>It ends.<a href="#">Next</a></p>', '…It ends.<a>Next…'],
	])('finds %s', (_, html, glue) => {
		expect(glues(html)).toEqual([glue]);
	});

	it.each([
		['white space at the edge', '<p>and as <a href="#">W3C</a> Web</p>'],
		['white space in a text node of its own', '<p><a href="#">A</a> <span>B</span></p>'],
		['a footnote reference after its word', '<p>freedoms”.<sup><a href="#fn-1">1</a></sup> The</p>'],
		['a possessive after a link', '<p><a href="#">ODF</a>’s letter and <a href="#">ODF</a>\'s</p>'],
		['punctuation after a link', '<p>See <a href="#">this</a>, <a href="#">that</a>. (<a href="#">other</a>)</p>'],
		['a hyphenated compound', '<p><a href="#">EU</a>-Kazakhstan, EU–<a href="#">Kazakhstan</a></p>'],
		['a mark inside a word', '<p>tor<mark>ture</mark>d</p>'],
		['block elements and line breaks', '<div><p>One</p><p>Two</p>Three<br>Four<ul><li>Five</li></ul></div>'],
		['what is not laid out', '<p>Text<script>x</script><button hidden>Copy</button><template>t</template></p>'],
	])('allows %s', (_, html) => {
		expect(glues(html)).toEqual([]);
	});
});
