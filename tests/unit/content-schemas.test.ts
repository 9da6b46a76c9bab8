import { basename, extname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames, collectionSchemas, type CollectionName } from '../../src/collections.ts';
import { checkedReference } from '../../src/pipeline/reference.ts';
import { slug } from '../../src/schemas/shared.ts';
import { entryFiles, formatOf, idsUnder, problemsOf, readEntryData } from './content-files.ts';

/** The site's content, and a valid miniature of it: every schema must accept both as they are. */
const contentRoot = 'content';
const fixtureRoot = 'tests/fixtures/content';

/** References checked against the files that exist, as the content pipeline checks them. */
const contentSchemas = collectionSchemas(checkedReference(idsUnder(contentRoot)));
const fixtureSchemas = collectionSchemas(checkedReference(idsUnder(fixtureRoot)));

describe.each(collectionNames)('content/%s', (collection) => {
	const files = entryFiles(contentRoot, collection);
	const format = formatOf(collection);
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
	const cases = collectionNames.flatMap((collection) => entryFiles(fixtureRoot, collection).map((file) => ({ collection, file })));

	it('has an entry for every collection, so every schema is exercised', () => {
		const covered = new Set(cases.map(({ collection }) => collection));
		expect(collectionNames.filter((c) => !covered.has(c))).toEqual([]);
	});

	it.each(cases)('$file is valid', ({ collection, file }: { collection: CollectionName; file: string }) => {
		expect(problemsOf(fixtureSchemas[collection], readEntryData(file))).toEqual([]);
	});
});
