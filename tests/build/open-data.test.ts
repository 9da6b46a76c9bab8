import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames, collections, type CollectionName } from '../../src/collections.ts';
import { parseEntryFile } from '../../src/content/entry-file.ts';
import { readEntryFiles } from '../../src/content/files.ts';
import { contentRoot } from '../../src/content/root.ts';
import { readSiteConfig } from '../../src/content/site-config.ts';
import type { dataIndex, OpenRecord } from '../../src/lib/open-data.ts';
import { attr, distDir, element, elements, fileOf, is, parseFile, sitePath, textOf } from './dist.ts';

// The open data (data/index.json and what it lists) as a program reads it: every record valid against its
// published schema, every content file in it once, every path and page it names built.

type DataIndex = Awaited<ReturnType<typeof dataIndex>>;

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

	it("states the licence site.yaml gives, or says plainly that none was given", () => {
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

	it.each(tables.map((entry) => [entry.name, entry] as const))('%s.csv parses back (RFC 4180, CRLF) to a header and a row per record', (name, entry) => {
		const csv = read(entry.csv!);
		const records = recordsOf(name);
		const [header, ...rows] = parse(csv, { record_delimiter: '\r\n' }) as string[][];
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(header![0]).toBe('id');
		expect(rows).toHaveLength(records.length);
		// Text cells come back as the record has them, commas, quotes and line breaks included.
		rows.forEach((row, i) => {
			const record = records[i]!;
			header!.forEach((column, c) => {
				const value = record[column];
				if (typeof value === 'string') expect(row[c], `${record.id}.${column}`).toBe(value);
			});
		});
	});
});

describe('annotations in the data', () => {
	it("quote text found in their letter's plain text", () => {
		const letters = new Map(recordsOf('letters').map((letter) => [letter.id, letter]));
		for (const note of recordsOf('annotations')) expect(letters.get(note.target as string)?.text, note.id).toContain(note.exact);
	});
});

describe('the site footer', () => {
	it('links the open data', () => {
		const footer = element(parseFile(fileOf(sitePath('/'))!), 'site footer', is.class('site-footer'));
		expect(elements(footer, (el) => el.tagName === 'a' && attr(el, 'href') === sitePath('data/index.json')).map(textOf)).toEqual(['Open data']);
	});
});
