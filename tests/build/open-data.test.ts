import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames, collections, type CollectionName } from '../../src/collections.ts';
import { parseEntryFile } from '../../src/pipeline/entry-file.ts';
import { readEntryFiles } from '../../src/pipeline/files.ts';
import { contentRoot } from '../../src/pipeline/root.ts';
import { readSiteConfig } from '../../src/pipeline/site-config.ts';
import type { joinTableIndex } from '../../src/lib/data-tables.ts';
import type { dataIndex, OpenRecord } from '../../src/lib/open-data.ts';
import { attr, distDir, element, elements, fileOf, is, parseFile, sitePath, textOf } from './dist.ts';

// The open data (data/index.json and what it lists) as a program reads it: every record valid against its
// published schema, every content file in it once, every path and page it names built.

type DataIndex = Awaited<ReturnType<typeof dataIndex>> & { tables: Awaited<ReturnType<typeof joinTableIndex>> };

/** A file of the built site, by its path below the base (as index.json gives paths); fails when it was not built. */
function read(path: string): string {
	const file = fileOf(sitePath(path));
	if (!file) throw new Error(`${sitePath(path)} was not built`);
	return readFileSync(file, 'utf8');
}

const index = JSON.parse(read('data/index.json')) as DataIndex;
const listed = new Map(index.collections.map((entry) => [entry.name, entry]));
const recordsOf = (collection: CollectionName) => JSON.parse(read(listed.get(collection)!.data)) as OpenRecord[];
const entryFiles = readEntryFiles(contentRoot).files;

describe('data/index.json', () => {
	it('lists every collection, with the count of its records', () => {
		expect(index.collections.map((entry) => entry.name)).toEqual([...collectionNames]);
		for (const entry of index.collections) expect(recordsOf(entry.name), entry.name).toHaveLength(entry.count);
	});

	it('names files that were built: data, schema, and CSV for the flat collections', () => {
		for (const entry of index.collections) {
			for (const path of [entry.data, entry.schema, ...(entry.csv ? [entry.csv] : [])]) expect(fileOf(sitePath(path)), path).toBeDefined();
			expect(Boolean(entry.csv), `${entry.name}.csv`).toBe(collections[entry.name].table);
		}
	});

	it('states the licence site.yaml gives, or says plainly that none was given', () => {
		const { config } = readSiteConfig(contentRoot);
		expect(index.license).toEqual(config?.license ?? null);
		expect(index.licenseNote).toMatch(config?.license ? /editorial content/ : /No licence has been given/);
	});
});

describe.each(collectionNames)('the %s data', (collection) => {
	const records = recordsOf(collection);
	const schema = JSON.parse(read(listed.get(collection)!.schema)) as Record<string, unknown>;

	it('is a JSON array with a record for every content file, by id', () => {
		expect(Array.isArray(records)).toBe(true);
		const ids = entryFiles.filter((file) => file.collection === collection).map((file) => file.id);
		expect(records.map((record) => record.id)).toEqual(ids.sort());
	});

	it('validates, record by record, against its published JSON Schema (2020-12)', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: true });
		addFormats.default(ajv);
		const compiled = ajv.compile(schema);
		const validate = (value: unknown): boolean => compiled(value);
		const faults = records.flatMap((record) => (validate(record) ? [] : [`${record.id}: ${ajv.errorsText(compiled.errors)}`]));
		expect(faults).toEqual([]);
		// The schema says something: an unknown field or a missing id is refused.
		expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', additionalProperties: false });
		const [first] = records;
		if (first) {
			expect(validate({ ...first, unknownField: 1 })).toBe(false);
			const { id: _id, ...withoutId } = first;
			expect(validate(withoutId)).toBe(false);
		}
	});

	it("links each record's page, which links back, out of the search index, to the record's own file: the same as its array entry", () => {
		// A glossary term for something with its own page points at that page, which is another record's.
		const own = records.filter((record) => new URL(record.page).pathname.startsWith(sitePath(`/${collections[collection].route}/`)));
		for (const record of records.filter((r) => !own.includes(r))) expect(fileOf(new URL(record.page).pathname), record.page).toMatch(/index\.html$/);
		for (const record of own) {
			const page = fileOf(new URL(record.page).pathname);
			expect(page, record.page).toMatch(/index\.html$/);
			const block = element(parseFile(page!), 'paragraph linking the record as JSON', is.class('record-data'));
			expect(block.properties['dataPagefindIgnore'], record.page).toBeDefined();
			const link = element(block, 'link to the record as JSON', (el) => el.tagName === 'a' && textOf(el) === 'This record as JSON');
			const own = JSON.parse(readFileSync(fileOf(attr(link, 'href'))!, 'utf8')) as unknown;
			expect(own, attr(link, 'href')).toEqual(record);
		}
		expect(readdirSync(join(distDir, 'data', collection))).toHaveLength(records.length);
	});

	it.runIf(collections[collection].format === 'markdown')('gives each Markdown body as written and as plain text', () => {
		for (const file of entryFiles.filter((f) => f.collection === collection)) {
			const record = records.find((r) => r.id === file.id)!;
			expect(record.body, file.path).toBe(parseEntryFile(file).body);
			expect(typeof record.text, file.path).toBe('string');
			if (record.body!.trim() !== '') expect(record.text, file.path).not.toBe('');
			expect(record.text, file.path).not.toMatch(/\]\(|<\/?[a-z]+[ >]/);
		}
	});
});

describe('the CSV files', () => {
	const tables = index.collections.filter((entry) => entry.csv);

	it('are there for the flat collections', () => {
		expect(tables.length).toBeGreaterThan(0);
	});

	/** Every CSV the index lists: a collection's, or a table joining them. */
	const csvFiles = [...tables.map((entry) => entry.csv!), ...index.tables.map((table) => table.csv)];

	it.each(csvFiles)('%s parses back (RFC 4180, CRLF) with one line per row: no line break, Markdown or JSON in any cell', (path) => {
		const csv = read(path);
		const rows = parse(csv, { record_delimiter: '\r\n' }) as string[][];
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.split('\r\n'), 'one line per row, then the final line break').toHaveLength(rows.length + 1);
		for (const [r, row] of rows.entries()) {
			for (const cell of row) {
				expect(cell, `row ${r}`).not.toMatch(/[\r\n]/);
				expect(cell, `row ${r}: Markdown link`).not.toMatch(/\]\(|\]\[/);
				expect(cell, `row ${r}: JSON`).not.toMatch(/^[[{]["{]/);
			}
		}
	});

	it.each(tables.map((entry) => [entry.name, entry] as const))(
		'%s.csv has a row per record, its text as the record has it on one line, and no Markdown body',
		(name, entry) => {
			const records = recordsOf(name);
			const [header, ...rows] = parse(read(entry.csv!), { record_delimiter: '\r\n' }) as string[][];
			expect(header![0]).toBe('id');
			expect(header).not.toContain('body');
			expect(rows).toHaveLength(records.length);
			const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');
			rows.forEach((row, i) => {
				const record = records[i]!;
				header!.forEach((column, c) => {
					const value = record[column];
					if (typeof value === 'string') expect(row[c], `${record.id}.${column}`).toBe(oneLine(value));
				});
			});
		},
	);
});

describe('question-authors.csv', () => {
	const table = index.tables.find((t) => t.name === 'question-authors')!;
	const [header, ...rows] = parse(read(table.csv), { record_delimiter: '\r\n' }) as string[][];
	const schema = JSON.parse(read(table.schema)) as { properties: Record<string, { description?: string }> };
	const questions = recordsOf('questions');
	const people = new Map(recordsOf('people').map((person) => [person.id, person]));
	const objects = rows.map((row) => Object.fromEntries(header!.map((column, c) => [column, row[c]!])));

	it('has the columns its schema describes, each described, and validates against it row by row', () => {
		expect(header).toEqual(Object.keys(schema.properties));
		for (const [column, property] of Object.entries(schema.properties)) expect(property.description, column).toMatch(/\S/);
		expect(schema.properties['reference']!.description).toMatch(/Empty when it has not been identified/);
		const ajv = new Ajv2020({ allErrors: true, strict: true });
		addFormats.default(ajv);
		const validate = ajv.compile(schema);
		expect(objects.filter((row) => !validate(row))).toEqual([]);
		expect(table.count).toBe(rows.length);
	});

	it('has one row per author of each question, with the name, group and reference the question gives', () => {
		const expected = questions.flatMap((question) =>
			((question['authors'] as { person?: string; name?: string; politicalGroup: string }[]) ?? []).map((author) => ({
				question: question.id,
				reference: (question['reference'] as string | undefined) ?? '',
				author: author.person ? String(people.get(author.person)!['name']) : author.name!,
				person: author.person ?? '',
				politicalGroup: author.politicalGroup,
				page: question.page,
			})),
		);
		expect(objects).toEqual(expected);
	});

	it('gives people.csv the political groups the questions record for each person', () => {
		const [peopleHeader, ...peopleRows] = parse(read('data/people.csv'), { record_delimiter: '\r\n' }) as string[][];
		const column = peopleHeader!.indexOf('politicalGroups');
		expect(column).toBeGreaterThan(0);
		for (const row of objects.filter((r) => r['person'])) {
			const person = peopleRows.find((p) => p[0] === row['person'])!;
			expect(person[column]!.split('; '), row['person']).toContain(row['politicalGroup']);
		}
	});
});

describe('annotations in the data', () => {
	it("quote text found in their letter's plain text", () => {
		const letters = new Map(recordsOf('letters').map((letter) => [letter.id, letter]));
		for (const note of recordsOf('annotations')) expect(letters.get(note.target as string)?.text, note.id).toContain(note.exact);
	});
});

describe('the open data page', () => {
	const page = parseFile(fileOf(sitePath('data/'))!);
	const links = elements(element(page, 'main', is.tag('main')), is.tag('a')).map((a) => attr(a, 'href'));

	it('is linked from the footer as "Open data"', () => {
		const footer = element(parseFile(fileOf(sitePath('/'))!), 'site footer', is.class('site-footer'));
		expect(elements(footer, (el) => el.tagName === 'a' && attr(el, 'href') === sitePath('data/')).map(textOf)).toEqual(['Open data']);
	});

	it('lists every dataset with its count and links its JSON, CSV and schema, each built', () => {
		const rows = elements(element(page, 'datasets table', is.tag('tbody')), is.tag('tr')).map((row) =>
			elements(row, (el) => el.tagName === 'th' || el.tagName === 'td').map(textOf),
		);
		expect(rows.map(([label, count]) => [label, Number(count)])).toEqual([
			...index.collections.map((entry) => [collections[entry.name].label, entry.count]),
			...index.tables.map((table) => [table.label, table.count]),
		]);
		for (const entry of [...index.collections, ...index.tables]) {
			for (const path of Object.values(entry).filter(
				(value): value is string => typeof value === 'string' && value.startsWith('data/') && !value.includes('{'),
			)) {
				expect(links, path).toContain(sitePath(path));
				expect(fileOf(sitePath(path)), path).toBeDefined();
			}
		}
	});

	it('states the licence as data/index.json does, and shows an example', () => {
		expect(textOf(element(page, 'main', is.tag('main')))).toContain(index.licenseNote);
		expect(elements(page, is.id('example'))).toHaveLength(index.tables.some((t) => t.count > 0) ? 1 : 0);
	});
});
