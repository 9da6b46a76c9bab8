import { getCollection, type CollectionEntry } from 'astro:content';
import { z } from 'zod';
import { collectionNames, collections, type CollectionName } from '../collections.ts';
import { slug, type ReferenceFactory } from '../schemas/shared.ts';
import { bodySource, bodyText } from './render.ts';
import { entryPath } from './routes.ts';
import { ownPageOf } from './glossary.ts';
import { site } from './site.ts';

/**
 * A reference as the data gives it: the id alone. It also reads the `{ id, collection }` of Astro's store,
 * so one schema both turns the store's data into records and describes them (its output is the id's).
 */
const idReference = (() =>
	z.preprocess((value) => (typeof value === 'object' && value !== null && 'id' in value ? value.id : value), slug)) as unknown as ReferenceFactory; // the factory's type promises Astro's shape

/** What every record adds to its entry's fields, described in the published schema too. */
const recordFields = z.strictObject({
	id: slug.describe("The record's id: its file name, and the last part of its page's address."),
	page: z.url().describe('The address of its page.'),
});

/** What a record of a Markdown collection adds: its body, as written and as a reader reads it. */
const bodyFields = z.strictObject({
	body: z.string().describe('The Markdown source below the frontmatter, as the editors wrote it.'),
	text: z.string().describe('The body as plain text, as its page reads (without permalinks and back-links); annotation quotes match it.'),
});

/** One published record, whatever its collection. */
export type OpenRecord = z.infer<typeof recordFields> & Partial<z.infer<typeof bodyFields>> & Record<string, unknown>;

const fieldSchemas = new Map<CollectionName, z.ZodObject>();

/** A collection's own fields, references read as ids: the registry's schema, so data and pages never disagree. */
function fieldSchema(collection: CollectionName): z.ZodObject {
	let schema = fieldSchemas.get(collection);
	if (!schema) {
		schema = collections[collection].schema(idReference);
		fieldSchemas.set(collection, schema);
	}
	return schema;
}

const hasBody = (collection: CollectionName) => collections[collection].format === 'markdown';

/** The schema of one published record: the id first, then the entry's fields, its page and its body. */
function recordSchema(collection: CollectionName): z.ZodObject {
	const { id, ...after } = { ...recordFields.shape, ...(hasBody(collection) ? bodyFields.shape : {}) };
	const { shape } = fieldSchema(collection);
	const clash = ['id', ...Object.keys(after)].find((key) => key in shape);
	if (clash) throw new Error(`${collection}: the field "${clash}" clashes with what open data adds to a record; rename one of them`);
	return z.strictObject({ id, ...shape, ...after }).meta({ title: collections[collection].label });
}

/** The JSON Schema (2020-12) of one record, generated from the collection's Zod schema. */
export function recordJsonSchema(collection: CollectionName) {
	// The output side: what a record holds after its defaults are applied and its dates read as text.
	return z.toJSONSchema(recordSchema(collection), { target: 'draft-2020-12', io: 'output' });
}

function toRecord(entry: CollectionEntry<CollectionName>, address: URL | undefined): OpenRecord {
	const { collection, id } = entry;
	// Both as the content pipeline had them: the body as written and its text as read.
	const body = hasBody(collection) ? { body: bodySource(entry), text: bodyText(entry).trim() } : {};
	// A term for something with its own page is presented there: its record points at that page.
	const page = (collection === 'glossary' && ownPageOf(entry as CollectionEntry<'glossary'>)) || { collection, id };
	return { id, ...fieldSchema(collection).parse(entry.data), page: new URL(entryPath(page.collection, page.id), address).href, ...body };
}

const records = new Map<CollectionName, Promise<Map<string, OpenRecord>>>();

/** A collection's records by id (in id order), built once per build for its data, its CSV and each record's file. */
function recordMap(collection: CollectionName, address: URL | undefined): Promise<Map<string, OpenRecord>> {
	let map = records.get(collection);
	if (!map) {
		// One build has one address: the first call's is every call's.
		map = getCollection(collection).then(
			(entries) =>
				new Map(
					entries
						.map((entry) => toRecord(entry, address))
						.sort((a, b) => (a.id < b.id ? -1 : 1))
						.map((record) => [record.id, record]),
				),
		);
		records.set(collection, map);
	}
	return map;
}

/** Every record of a collection, in id order. */
export const recordsOf = async (collection: CollectionName, address: URL | undefined): Promise<OpenRecord[]> => [
	...(await recordMap(collection, address)).values(),
];

/** One record; the build asks only for ids it listed, so a miss is a bug. */
export async function recordOf(collection: CollectionName, id: string, address: URL | undefined): Promise<OpenRecord> {
	const record = (await recordMap(collection, address)).get(id);
	if (!record) throw new Error(`No record ${collection}/${id}`);
	return record;
}

/** Where a collection's files are, below the site's base. */
const dataPaths = (collection: CollectionName) => ({
	data: `data/${collection}.json`,
	schema: `data/${collection}.schema.json`,
	...(collections[collection].table ? { csv: `data/${collection}.csv` } : {}),
	/** Each record's own file, `{id}` standing for its id (an RFC 6570 template). */
	record: `data/${collection}/{id}.json`,
});

/** The path of one record's file, below the site's base. */
export const recordPath = (collection: CollectionName, id: string) => dataPaths(collection).record.replace('{id}', id);

/** What the data says of its licence: the one site.yaml gives, or plainly that there is none. */
function licence() {
	return site.license
		? {
				license: site.license,
				licenseNote:
					'The licence covers the editorial content (summaries, notes, descriptions), not the letters reproduced verbatim or the sources they quote.',
			}
		: { license: null, licenseNote: 'No licence has been given for the editorial content; ask the publisher before reuse.' };
}

/** `data/index.json`: what the site publishes as data, with paths below the site's base. */
export async function dataIndex(address: URL | undefined) {
	return {
		name: site.name,
		publisher: site.publisher,
		...licence(),
		collections: await Promise.all(
			collectionNames.map(async (name) => ({
				name,
				label: collections[name].label,
				count: (await recordsOf(name, address)).length,
				...dataPaths(name),
			})),
		),
	};
}

/** A JSON file's response, indented for people who read it with `curl`. */
export const jsonResponse = (data: unknown, type = 'application/json') =>
	new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
