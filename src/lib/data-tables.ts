/**
 * The CSV tables of the open data, tidy for a spreadsheet: one row per record, every cell one line of plain
 * text (no Markdown body, no JSON), and the question–author join a reader would otherwise have to make.
 */
import { z } from 'zod';
import { collectionNames, collections, type CollectionName } from '../collections.ts';
import { slug } from '../schemas/shared.ts';
import { cellOf, columnsOf, toCsv } from './csv.ts';
import { recordJsonSchema, recordsOf, type OpenRecord } from './open-data.ts';

/** A table as the data page describes it and the CSV writes it. */
interface DataTable {
	header: string[];
	rows: string[][];
}

/** Columns a collection's CSV adds to its record's fields, each with what it holds (the data page lists them). */
export const derivedColumns: Partial<Record<CollectionName, Record<string, string>>> = {
	people: {
		politicalGroups:
			'The European Parliament political groups the written questions give for this person (joined with “; ”); empty when no question names one.',
	},
};

/** Columns a collection's CSV writes differently from its JSON, and how (the data page lists them). */
export const reshapedColumns: Partial<Record<CollectionName, Record<string, string>>> = {
	questions: { authors: 'Each author as “name (political group)”, joined with “; ”; question-authors.csv has one row for each.' },
};

/** Columns of the JSON records a CSV leaves out, and why (the data page says so). */
export const omittedColumns: Record<string, string> = {
	body: 'The Markdown source is in the JSON only; the CSV has the same words as plain text in the text column.',
};

/** Which collections are published as CSV. */
export const tableCollections = collectionNames.filter((name) => collections[name].table);

/** An author as the question record gives it: a person's id, or a name as the source writes it. */
type Author = { person?: string; name?: string; politicalGroup: string };

async function personNames(address: URL | undefined): Promise<Map<string, string>> {
	return new Map((await recordsOf('people', address)).map((person) => [person.id, String(person['name'])]));
}

/** One row per record, the columns of its JSON Schema in order, with the collection's tidy cells. */
export async function collectionTable(collection: CollectionName, address: URL | undefined): Promise<DataTable> {
	const columns = columnsOf(recordJsonSchema(collection)).filter(([field]) => !(field! in omittedColumns));
	const derived = Object.keys(derivedColumns[collection] ?? {});
	const names = await personNames(address);
	const groups = collection === 'people' ? await groupsByPerson(address) : new Map<string, string[]>();
	const cell = (record: OpenRecord, path: string[]): string => {
		const value = path.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined), record);
		// See reshapedColumns.
		if (collection === 'questions' && path[0] === 'authors')
			return cellOf((value as Author[]).map((a) => `${a.person ? names.get(a.person) : a.name} (${a.politicalGroup})`));
		return cellOf(value);
	};
	const rows = (await recordsOf(collection, address)).map((record) => [
		...columns.map((path) => cell(record, path)),
		...derived.map(() => cellOf(groups.get(record.id) ?? [])),
	]);
	return { header: [...columns.map((path) => path.join('.')), ...derived], rows };
}

/** The groups each person is recorded with across the written questions, in order of first mention. */
async function groupsByPerson(address: URL | undefined): Promise<Map<string, string[]>> {
	const groups = new Map<string, string[]>();
	for (const question of await recordsOf('questions', address)) {
		for (const author of (question['authors'] as Author[] | undefined) ?? []) {
			if (!author.person) continue;
			const known = groups.get(author.person) ?? [];
			if (!known.includes(author.politicalGroup)) groups.set(author.person, [...known, author.politicalGroup]);
		}
	}
	return groups;
}

/** One row of `question-authors.csv`: who asked which question, for which group. */
const questionAuthorSchema = z
	.strictObject({
		question: slug.describe("The question's id (its record in questions.json and questions.csv)."),
		reference: z
			.string()
			.describe(
				"The question's European Parliament reference, e.g. E-002412/2015. Empty when it has not been identified: the question's `referenceUnknown` says why; nothing is filled in.",
			),
		author: z
			.string()
			.min(1)
			.describe(
				'The author as the site names them: the full name of a person with a page here, else the name as the source writes it (often a surname only).',
			),
		person: z.union([slug, z.literal('')]).describe("The author's id in people.json and people.csv; empty when the author has no page on this site."),
		politicalGroup: z.string().min(1).describe('The political group the source gives for the author on this question.'),
		page: z.url().describe("The address of the question's page."),
	})
	.meta({ title: 'Author of a written question' });

type QuestionAuthor = z.infer<typeof questionAuthorSchema>;

/** The tables that join collections, each with its schema and what it is (the data page and data/index.json list them). */
export const joinTables = {
	'question-authors': {
		label: 'Authors of written questions',
		description: 'One row per author of each written question, with the author’s political group and the question’s reference.',
		schema: questionAuthorSchema,
	},
} as const;

type JoinTableName = keyof typeof joinTables;

/** Where a join table's files are, below the site's base. */
const joinTablePaths = (name: JoinTableName) => ({ csv: `data/${name}.csv`, schema: `data/${name}.schema.json` });

/** `question-authors.csv`'s rows, in question id order, then in the order each question lists its authors. */
async function questionAuthors(address: URL | undefined): Promise<QuestionAuthor[]> {
	const names = await personNames(address);
	return (await recordsOf('questions', address)).flatMap((question) =>
		((question['authors'] as Author[] | undefined) ?? []).map((author) => ({
			question: question.id,
			reference: typeof question['reference'] === 'string' ? question['reference'] : '',
			author: (author.person ? names.get(author.person) : author.name) ?? '',
			person: author.person ?? '',
			politicalGroup: author.politicalGroup,
			page: question.page,
		})),
	);
}

/** A join table as rows, the columns its schema gives. */
export async function joinTable(name: JoinTableName, address: URL | undefined): Promise<DataTable> {
	const header = Object.keys(joinTables[name].schema.shape);
	const rows = (await questionAuthors(address)).map((row) => header.map((column) => cellOf(row[column as keyof QuestionAuthor])));
	return { header, rows };
}

/** A table as an RFC 4180 CSV response. */
export const csvResponse = (table: DataTable) =>
	new Response(toCsv([table.header, ...table.rows]), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });

/** What `data/index.json` and the data page say of the join tables: each one's name, label, count and files. */
export async function joinTableIndex(address: URL | undefined) {
	return Promise.all(
		(Object.keys(joinTables) as JoinTableName[]).map(async (name) => ({
			name,
			label: joinTables[name].label,
			description: joinTables[name].description,
			count: (await joinTable(name, address)).rows.length,
			...joinTablePaths(name),
		})),
	);
}
