import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../src/pipeline/decode.ts';
import { parseEntryFile } from '../../src/pipeline/entry-file.ts';
import { readEntryFiles } from '../../src/pipeline/files.ts';
import { readSiteConfig } from '../../src/pipeline/site-config.ts';
import { findTooDeep, nestingLimits } from '../../src/pipeline/nesting.ts';
import { parseYaml, yamlLimits } from '../../src/pipeline/yaml.ts';
import { relativeTo, removeTempFolders, writeTree } from './check-fixtures.ts';

afterAll(removeTempFolders);

const bytes = (...parts: (string | number[])[]) =>
	Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeText', () => {
	it('drops a UTF-8 byte-order mark and turns Windows and old Mac line ends into \\n', () => {
		expect(decodeText(bytes([0xef, 0xbb, 0xbf], '---\r\ntitle: x\r\n---\rText\n'))).toEqual({ ok: true, text: '---\ntitle: x\n---\nText\n' });
	});

	it('refuses bytes that are not UTF-8, naming their line, instead of turning them into U+FFFD', () => {
		expect(decodeText(bytes('one\ntwo\nJa', [0xff], 'ne\nfour\n'))).toEqual({
			ok: false,
			line: 3,
			message: 'is not UTF-8 text; save the file as UTF-8',
		});
		// Latin-1 "é", as an editor set to Windows-1252 would save it.
		expect(decodeText(bytes('caf', [0xe9], '\n'))).toMatchObject({ ok: false, line: 1 });
	});

	it('refuses a NUL byte: a binary file with a text file name', () => {
		expect(decodeText(bytes('a\nb', [0], 'c\n'))).toEqual({
			ok: false,
			line: 2,
			message: 'holds a NUL byte, so it is not a text file; expected UTF-8 text',
		});
	});

	it('keeps every other character as written, U+FFFD typed on purpose included', () => {
		expect(decodeText(bytes('Zdzisław \uFFFD Ożóg'))).toEqual({ ok: true, text: 'Zdzisław \uFFFD Ożóg' });
	});
});

describe('readEntryFiles', () => {
	const person = 'name: X\nsortName: X\ndescription: Someone.\n';

	it('reads the regular files of each collection folder, in order, and skips hidden files and backups by rule', () => {
		const root = writeTree({
			'people/b.yaml': person,
			'people/a.yml': person,
			'people/.#a.yml': person,
			'people/a.yml~': person,
			'people/b.yaml.bak': person,
			'cases/c.md': '---\n---\n',
		});
		const { files, errors, skipped } = readEntryFiles(root);
		expect(errors).toEqual([]);
		expect(files.map((f) => `${f.collection}/${f.id}${f.extension}`)).toEqual(['people/a.yml', 'people/b.yaml', 'cases/c.md']);
		expect(skipped.map((f) => relative(root, f.path))).toEqual(['people/.#a.yml', 'people/a.yml~', 'people/b.yaml.bak']);
	});

	it('refuses any other name, saying what was probably meant', () => {
		const root = writeTree({ 'people/notes.txt': 'x', 'people/old/a.yaml': person, 'report/x.md': '', 'site.yml': '', 'README.md': '' });
		expect(
			readEntryFiles(root)
				.errors.map(relativeTo(root))
				.map((e) => `${e.file}: ${e.message}`),
		).toEqual([
			'README.md: is not a content file; expected site.yaml, corrections.yaml, moved.yaml and the folders annotations, cases, claims, events, glossary, letters, organizations, people, questions, reports, sources',
			'report: is not a collection folder, so nothing in it is published; did you mean "reports"? (expected site.yaml, corrections.yaml, moved.yaml and the folders annotations, cases, claims, events, glossary, letters, organizations, people, questions, reports, sources)',
			'site.yml: is not a content file; did you mean "site.yaml"? (expected site.yaml, corrections.yaml, moved.yaml and the folders annotations, cases, claims, events, glossary, letters, organizations, people, questions, reports, sources)',
			'people/notes.txt: is not read: people entries are .yaml files; did you mean "notes.yaml"?',
			'people/old: is a folder; people entries are .yaml files directly in the people folder',
		]);
	});

	it('refuses a symbolic link, to a file or to a folder, without reading its target', () => {
		const root = writeTree({ 'people/a.yaml': person });
		const outside = join(root, '..', 'secret.md');
		writeFileSync(outside, '---\ntitle: SECRET TEXT\n---\n');
		symlinkSync(outside, join(root, 'people/linked.yaml'));
		symlinkSync(join(root, 'people'), join(root, 'organizations'));
		const { files, errors } = readEntryFiles(root);
		expect(files.map((f) => f.id)).toEqual(['a']);
		expect(errors.map(relativeTo(root))).toEqual([
			{
				file: 'people/linked.yaml',
				line: 1,
				field: 'file',
				message: 'is a symbolic link (its target was not read); content files must be regular files inside the content folder',
			},
			{
				file: 'organizations',
				line: 1,
				field: 'file',
				message: 'is a symbolic link (its target was not read); expected the folder of the organizations collection',
			},
		]);
		expect(JSON.stringify(errors)).not.toContain('SECRET');
	});

	it('refuses a named pipe without waiting on it, and a folder named like an entry', () => {
		const root = writeTree({ 'people/a.yaml': person });
		execFileSync('mkfifo', [join(root, 'people/pipe.yaml')]);
		mkdirSync(join(root, 'people/folder.yaml'));
		expect(
			readEntryFiles(root)
				.errors.map(relativeTo(root))
				.map((e) => `${e.file}: ${e.message}`),
		).toEqual([
			'people/folder.yaml: is a folder; content files must be regular files inside the content folder',
			'people/pipe.yaml: is a device, pipe or socket; content files must be regular files inside the content folder',
		]);
	});

	it('reads nothing for a collection without a folder', () => {
		expect(readEntryFiles(writeTree({}))).toEqual({ files: [], errors: [], skipped: [] });
	});
});

describe('parseYaml', () => {
	it('reads YAML 1.2: dates stay as written (an impossible one too), numbers and booleans are typed', () => {
		expect(parseYaml('date: 2015-02-02\nimpossible: 2015-02-31\ncount: 11\nflag: true\nno: n\n').data).toEqual({
			date: '2015-02-02',
			impossible: '2015-02-31',
			count: 11,
			flag: true,
			no: 'n',
		});
	});

	it('accepts anchors, aliases and merge keys used as editors use them', () => {
		expect(parseYaml('base: &b { group: ECR }\none: *b\ntwo:\n  <<: *b\n  name: X\n')).toMatchObject({
			errors: [],
			data: { one: { group: 'ECR' }, two: { group: 'ECR', name: 'X' } },
		});
	});

	it('refuses aliases that expand exponentially, on the line of the first alias, instead of throwing', () => {
		let text = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
		for (const [from, to] of ['ab', 'bc', 'cd', 'de', 'ef', 'fg', 'gh']) text += `${to}: &${to} [${Array(9).fill(`*${from}`).join(', ')}]\n`;
		expect(parseYaml(text)).toMatchObject({
			data: undefined,
			errors: [{ line: 2, message: 'anchors and aliases (&name, *name) expand to far more data than the file holds; write the values out instead' }],
		});
	});

	it(`refuses nesting deeper than ${yamlLimits.maxDepth}, on its line, however deep it goes`, () => {
		const message = `lists and mappings nested more than ${yamlLimits.maxDepth} deep; expected a flatter record`;
		const flow = parseYaml(`title: x\nlist: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
		expect(flow).toMatchObject({ data: undefined, errors: [{ line: 2, message }] });
		const block = parseYaml(`title: x\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')}\n`);
		expect(block).toMatchObject({ data: undefined, errors: [{ line: 2 + yamlLimits.maxDepth, message }] });
		expect(parseYaml(`${'- '.repeat(5_000)}x\n`)).toMatchObject({ data: undefined, errors: [{ line: 1, message }] });
		expect(parseYaml(`list: ${'['.repeat(yamlLimits.maxDepth - 1)}${']'.repeat(yamlLimits.maxDepth - 1)}\n`).errors).toEqual([]);
	});

	it('refuses a document larger than any record, before parsing it', () => {
		expect(parseYaml(`note: "${'x'.repeat(yamlLimits.maxLength)}"\n`).errors).toEqual([
			{ line: 1, message: `${Math.round((yamlLimits.maxLength + 9) / 1024)} KB of YAML; expected at most ${yamlLimits.maxLength / 1024} KB` },
		]);
	});

	it('reports syntax errors and duplicate keys on their lines, counted from where the YAML starts in its file', () => {
		expect(parseYaml('a: 1\nb: Head: of office\n', 2).errors).toEqual([{ line: 3, message: 'Nested mappings are not allowed in compact mappings' }]);
		expect(parseYaml('a: 1\na: 2\n').errors).toEqual([{ line: 2, message: 'Map keys must be unique' }]);
	});
});

describe('findTooDeep', () => {
	it('passes what real documents do: lists, quotes, emphasis, code', () => {
		const text =
			'> A quote with **bold** and *emphasis*.\n\n- one\n  - two\n    1. three\n\n```\n' +
			' '.repeat(120) +
			'code\n```\n\nsnake_case_words and 2 * 3 * 4\n';
		expect(findTooDeep(text)).toBeUndefined();
	});

	const limit = nestingLimits.maxBlockDepth;
	it.each([
		// [what, text of n levels, the line of the first level too deep, after two lines of introduction]
		['block quotes', (n: number) => `${'>'.repeat(n)} deep`, 3],
		['lists on one line', (n: number) => `${'- '.repeat(n)}deep`, 3],
		['indented lists', (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'), 3 + limit],
	] as const)('finds %s nested deeper than the limit, at the first line too deep', (_, make, line) => {
		expect(findTooDeep(`Intro.\n\n${make(limit)}\n`)).toBeUndefined();
		expect(findTooDeep(`Intro.\n\n${make(line === 3 ? 50_000 : 5_000)}\n`)).toEqual({
			line,
			message: `lists or block quotes nested more than ${limit} deep; expected a flatter text`,
		});
	});

	it('finds emphasis opened inside itself more often than the limit', () => {
		const limit = nestingLimits.maxInlineDepth;
		expect(findTooDeep(`${'*'.repeat(limit)}x${'*'.repeat(limit)}`)).toBeUndefined();
		expect(findTooDeep(`Intro.\n\n${'*'.repeat(30_000)}x${'*'.repeat(30_000)}`)).toEqual({
			line: 3,
			message: `emphasis (* _ ~) opened more than ${limit} times inside itself; expected at most ${limit}`,
		});
		const words = Array.from({ length: 1000 }, (_, i) => `${i % 2 ? '*' : '_'}w `).join('');
		expect(findTooDeep(words)?.line).toBe(1);
	});
});

describe('readSiteConfig', () => {
	it('reads the identity of the publication, and any featured letter while the letters are not known yet', () => {
		const root = writeTree({ 'site.yaml': 'name: A\nshortName: B\npublisher: C\ndescription: D\nfeaturedLetter: x\n' });
		expect(readSiteConfig(root)).toEqual({
			config: { name: 'A', shortName: 'B', publisher: 'C', description: 'D', featuredLetter: { collection: 'letters', id: 'x' } },
			errors: [],
		});
	});

	it('says what is missing when there is no site.yaml, and refuses one that is a link', () => {
		const root = writeTree({});
		expect(readSiteConfig(root).errors.map(relativeTo(root))).toEqual([
			{ file: 'site.yaml', line: 1, field: 'file', message: "is missing; expected the site's name, short name, publisher and description" },
		]);
		mkdirSync(root, { recursive: true });
		symlinkSync('/etc/hostname', join(root, 'site.yaml'));
		expect(readSiteConfig(root).errors.map((e) => e.message)).toEqual([
			'is a symbolic link (its target was not read); content files must be regular files inside the content folder',
		]);
	});

	it('names each wrong field on its line', () => {
		const root = writeTree({ 'site.yaml': 'name: A\nshortName: B\npublisher: C\ndescription: D\nurl: http://example.org/\ncolour: red\n' });
		expect(readSiteConfig(root).errors.map(relativeTo(root))).toEqual([
			{ file: 'site.yaml', line: 5, field: 'url', message: 'expected an https:// URL' },
			{ file: 'site.yaml', line: 1, field: '(file)', message: 'unknown field "colour"; check the spelling against the schema' },
		]);
	});
});

describe('parseEntryFile', () => {
	const read = (files: Record<string, string | Buffer>) => {
		const root = writeTree(files);
		return readEntryFiles(root)
			.files.map(parseEntryFile)
			.map((file) => ({ ...file, errors: file.errors.map(relativeTo(root)) }));
	};

	it('reads frontmatter and body, and where the body starts', () => {
		const [file] = read({ 'cases/x.md': '---\ntitle: A case\n---\n\nThe text.\n' });
		expect(file).toMatchObject({ data: { title: 'A case' }, body: '\nThe text.\n', bodyLine: 4, errors: [] });
	});

	it('reads a file saved with a byte-order mark and Windows line ends as any other', () => {
		const [file] = read({ 'cases/x.md': bytes([0xef, 0xbb, 0xbf], '---\r\ntitle: A case\r\n---\r\n\r\nThe text.\r\n') });
		expect(file).toMatchObject({ data: { title: 'A case' }, body: '\nThe text.\n', bodyLine: 4, errors: [] });
	});

	it('reports a Markdown file without frontmatter, or with frontmatter never closed', () => {
		expect(read({ 'cases/a.md': 'Just text.\n', 'cases/b.md': '---\ntitle: x\n\nText.\n' }).flatMap((f) => f.errors)).toEqual([
			{ file: 'cases/a.md', line: 1, field: 'frontmatter', message: 'expected a frontmatter block between two `---` lines at the top of the file' },
			{
				file: 'cases/b.md',
				line: 1,
				field: 'frontmatter',
				message: 'the frontmatter opened on line 1 is never closed; expected a line `---` after it',
			},
		]);
	});

	it('reports an empty body where the collection needs one, and accepts none where it does not', () => {
		expect(read({ 'cases/a.md': '---\ntitle: x\n---\n\n  \n', 'events/b.md': '---\ntitle: x\n---\n' }).flatMap((f) => f.errors)).toEqual([
			{ file: 'cases/a.md', line: 4, field: 'body', message: 'is empty; expected the text of the case below the frontmatter' },
		]);
	});

	it('reports Markdown nested too deep at its line in the file, and YAML errors at theirs', () => {
		const [file] = read({ 'cases/x.md': `---\ntitle: x\nsummary: a: b\n---\n\nText.\n\n${'>'.repeat(1000)} deep\n` });
		expect(file?.errors.map((e) => `${e.line}: ${e.field}`)).toEqual(['3: yaml', '8: body']);
	});
});
