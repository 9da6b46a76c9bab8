import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBodyFile, writeBodyFiles, type BodyFile } from '../../src/pipeline/body-files.ts';

/** The bodies beside Astro's store: what a page reads back is what the loader wrote, or an error that says to build again. */
const dir = mkdtempSync(join(tmpdir(), 'odf-bodies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const body = (id: string, digest: string): { id: string } & BodyFile => ({
	id,
	digest,
	body: `The *body* of ${id}.`,
	html: `<p>The <em>body</em> of ${id}.</p>`,
	text: `The body of ${id}.`,
});

describe('body files', () => {
	it('reads back what was written, for the entry whose digest it is', () => {
		writeBodyFiles(dir, 'reports', [body('a', 'd1'), body('b', 'd2')]);
		expect(readBodyFile(dir, 'reports', 'a', 'd1')).toEqual({
			digest: 'd1',
			body: 'The *body* of a.',
			html: '<p>The <em>body</em> of a.</p>',
			text: 'The body of a.',
		});
		expect(readBodyFile(dir, 'reports', 'b', undefined).html).toBe('<p>The <em>body</em> of b.</p>');
	});

	it('refuses a body written for other content than the entry has, naming the entry', () => {
		expect(() => readBodyFile(dir, 'reports', 'a', 'd9')).toThrow(
			/^reports\/a: its rendered body \(.+\) is from other content than the build's; build again$/,
		);
	});

	it('removes the files of entries that are gone, and leaves no partial file', () => {
		writeBodyFiles(dir, 'reports', [body('b', 'd3')]);
		expect(readdirSync(join(dir, 'reports'))).toEqual(['b.json']);
		expect(() => readBodyFile(dir, 'reports', 'a', 'd1')).toThrow(/^reports\/a: its rendered body \(.+\) could not be read; build again/);
	});

	it('writes no folder for a collection without bodies', () => {
		writeBodyFiles(dir, 'people', []);
		expect(existsSync(join(dir, 'people'))).toBe(false);
	});
});
