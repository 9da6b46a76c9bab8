import { describe, expect, it } from 'vitest';
import { htmlFiles, parseFile, pathOf } from './dist.ts';
import { describeGlue, gluedWords } from './visible-text.ts';

// Astro drops the white space between a text and an element on the next source line, so a template
// that breaks a line there glues two words together on screen, in screen readers and in the search index.
describe('no words glued together across an element edge', () => {
	it.each(htmlFiles().map((file) => [pathOf(file), file]))('%s', (_, file) => {
		expect(gluedWords(parseFile(file)).map(describeGlue)).toEqual([]);
	});
});
