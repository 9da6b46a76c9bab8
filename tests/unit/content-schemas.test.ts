import { basename, extname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentRoot, idsOf } from '../../src/lib/content-ids.ts';
import { collectionSchemas } from '../../src/schemas/index.ts';
import { checkedReference, plainReference } from '../../src/schemas/reference.ts';
import { collectionNames, slug, type CollectionName } from '../../src/schemas/shared.ts';
import { removeTempFolders, writeTree } from './check-fixtures.ts';
import { entryFiles, formats, problemsOf, readEntryData } from './content-files.ts';

/** A valid miniature of the content tree: every schema must accept it as it is. */
const fixtureRoot = 'tests/fixtures/content';

/** References checked against the files that exist, as in `src/content.config.ts`. */
const contentSchemas = collectionSchemas(checkedReference(plainReference, (collection) => idsOf(collection)));
const fixtureSchemas = collectionSchemas(checkedReference(plainReference, (collection) => idsOf(collection, fixtureRoot)));

describe('reading content as Astro does', () => {
	afterAll(removeTempFolders);

	it('reads YAML data files and frontmatter alike: dates, a rolled-over impossible date, numbers, booleans', () => {
		const yaml = 'date: 2015-02-02\nimpossible: 2015-02-31\nquoted: "2015-02-02"\ncount: 11\nflag: true\nno: n\n';
		const root = writeTree({ 'sources/x.yaml': yaml, 'letters/x.md': `---\n${yaml}---\n\nText.\n` });
		const expected = { date: new Date('2015-02-02'), impossible: new Date('2015-03-03'), quoted: '2015-02-02', count: 11, flag: true, no: 'n' };
		expect(readEntryData(`${root}/sources/x.yaml`)).toEqual(expected);
		expect(readEntryData(`${root}/letters/x.md`)).toEqual(expected);
	});
});

describe.each(collectionNames)('content/%s', (collection) => {
	const files = entryFiles(contentRoot, collection);
	const format = formats[collection];
	const schema = contentSchemas[collection];

	if (files.length === 0) {
		it.todo(`has no entries yet in ${contentRoot}/${collection}/`);
		return;
	}

	it.each(files)('%s matches its schema', (file) => {
		const problems = problemsOf(schema, readEntryData(file)).map((p) => `${file}: ${p.path}: ${p.message}`);
		expect(problems).toEqual([]);
	});

	it(`stores every entry as ${format === 'markdown' ? 'Markdown (.md)' : 'YAML (.yaml)'}, which its loader reads`, () => {
		const misplaced = files.filter((file) => (format === 'markdown') !== (extname(file) === '.md'));
		expect(misplaced).toEqual([]);
	});

	it('names every entry file with an ASCII kebab-case slug (the id in its URL)', () => {
		const badIds = files.map((file) => basename(file, extname(file))).filter((id) => !slug.safeParse(id).success);
		expect(badIds).toEqual([]);
	});
});

describe('the valid fixture tree in tests/fixtures/content', () => {
	const cases = collectionNames.flatMap((collection) =>
		entryFiles(fixtureRoot, collection).map((file) => ({ collection, file })),
	);

	it('has an entry for every collection, so every schema is exercised', () => {
		const covered = new Set(cases.map(({ collection }) => collection));
		expect(collectionNames.filter((c) => !covered.has(c))).toEqual([]);
	});

	it.each(cases)('$file is valid', ({ collection, file }: { collection: CollectionName; file: string }) => {
		expect(problemsOf(fixtureSchemas[collection], readEntryData(file))).toEqual([]);
	});
});
