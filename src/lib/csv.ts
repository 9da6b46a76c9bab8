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
 * One cell, always one line of plain text: text as it is, its line breaks (a paragraph break in a plain-text
 * body) made spaces, since many spreadsheets split a row at a line break even inside quotes; a list joined
 * with `; ` (in the tables its items are ids or names, which never contain one); an object as its fields,
 * `key: value, …` (the JSON keeps the exact form); nothing as an empty cell.
 */
export function cellOf(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (Array.isArray(value)) return value.map(cellOf).join('; ');
	if (typeof value === 'object')
		return Object.entries(value)
			.map(([key, field]) => `${key}: ${cellOf(field)}`)
			.join(', ');
	return String(value).replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A field quoted where RFC 4180 requires: when it holds a comma, a double quote or a line break. */
const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** Rows as RFC 4180 CSV: fields quoted where needed, every line ended with CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
