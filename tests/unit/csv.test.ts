import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cellOf, columnsOf, toCsv } from '../../src/lib/csv.ts';

describe('toCsv (RFC 4180)', () => {
	it('ends every line, the last too, with CRLF', () => {
		expect(
			toCsv([
				['a', 'b'],
				['1', '2'],
			]),
		).toBe('a,b\r\n1,2\r\n');
	});

	it('quotes a field with a comma, a double quote or a line break, doubling its quotes', () => {
		expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\rlf', 'plain']])).toBe('"a,b","say ""hi""","two\nlines","cr\rlf",plain\r\n');
	});

	it('leaves empty fields and other punctuation unquoted', () => {
		expect(toCsv([['', ';', "it's", 'Wiśniewska']])).toBe(",;,it's,Wiśniewska\r\n");
	});

	it('reads back as the same rows with a standard parser', () => {
		const rows = [
			['id', 'text'],
			['x', 'a "quoted", multi-line\r\nfield\nwith a bare LF'],
			['y', ''],
		];
		expect(parse(toCsv(rows), { record_delimiter: '\r\n' })).toEqual(rows);
	});
});

describe('cellOf', () => {
	it.each([
		[undefined, ''],
		[null, ''],
		['text', 'text'],
		[3, '3'],
		[false, 'false'],
		[['a-b', 'c-d'], 'a-b; c-d'],
		[[], ''],
		[
			[
				{ name: 'Castaldo', politicalGroup: 'EFDD' },
				{ name: 'Valli', politicalGroup: 'EFDD' },
			],
			'name: Castaldo, politicalGroup: EFDD; name: Valli, politicalGroup: EFDD',
		],
		['One paragraph.\n\nAnother,\r\n  and a line.', 'One paragraph. Another, and a line.'],
	])('writes %j as %j', (value, cell) => {
		expect(cellOf(value)).toBe(cell);
	});
});

describe('columnsOf', () => {
	const schema = z.toJSONSchema(
		z.strictObject({
			id: z.string(),
			answer: z.strictObject({ givenBy: z.string(), date: z.string().optional() }).optional(),
			authors: z.array(z.strictObject({ name: z.string() })),
			sources: z.array(z.string()),
		}),
	);

	it('has a column per field and per field of a nested object, in the schema order', () => {
		expect(columnsOf(schema).map((path) => path.join('.'))).toEqual(['id', 'answer.givenBy', 'answer.date', 'authors', 'sources']);
	});
});
