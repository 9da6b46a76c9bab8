import type { z } from 'zod';

type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * The columns of a table of records, read from the JSON Schema of one record: one per property, in its
 * order, and one per property of a nested object (`answer.givenBy`), so every file of a collection has
 * the same header whichever optional fields its records happen to use.
 */
export function columnsOf(schema: JsonSchema): string[][] {
	return Object.entries(schema.properties ?? {}).flatMap(([key, property]) =>
		typeof property === 'object' && property.type === 'object' && property.properties ? columnsOf(property).map((path) => [key, ...path]) : [[key]],
	);
}

/**
 * One cell: text as it is; a list of plain values joined with `; ` (in the tables these are ids, which never
 * contain one); a list of objects (the authors of a question) as JSON text, since no flat form keeps it
 * whole; nothing as an empty cell.
 */
export function cellOf(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) return value.map(cellOf).join('; ');
	return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A field quoted where RFC 4180 requires: when it holds a comma, a double quote or a line break. */
const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** Rows as RFC 4180 CSV: fields quoted where needed, every line ended with CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/** Records as a CSV table with a header row, its columns given by the JSON Schema of a record. */
export function csvTable(records: readonly Record<string, unknown>[], schema: JsonSchema): string {
	const columns = columnsOf(schema);
	const valueAt = (record: Record<string, unknown>, path: string[]) =>
		path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), record);
	return toCsv([columns.map((path) => path.join('.')), ...records.map((record) => columns.map((path) => cellOf(valueAt(record, path))))]);
}
