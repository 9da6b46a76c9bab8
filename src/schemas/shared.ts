import { z } from 'zod';

/** Collection ids are ASCII kebab-case slugs of names, e.g. `jane-doe`. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an ASCII kebab-case slug such as "jane-doe"');

/** YAML reads an unquoted `2011` as a number: bring it back to text. */
const fromYaml = (value: unknown) => (typeof value === 'number' ? String(value) : value);

/** Today, as `YYYY-MM-DD`: content describes the past, and a date after the build is a typing error. */
const today = () => new Date().toISOString().slice(0, 10);

/** Whether a full or partial date (`2014`, `2014-07`, `2014-07-02`) is not after today. */
const notInFuture = (date: string) => date <= today().slice(0, date.length);
const futureMessage = () => `a date in the future; expected a date on or before ${today()}`;

/** A calendar date that really exists, written `YYYY-MM-DD`, e.g. `2015-02-02`, not after today. */
export const isoDate = z.preprocess(
	fromYaml,
	z.iso.date({ error: 'expected a real calendar date written YYYY-MM-DD, e.g. 2015-02-02' }).refine(notInFuture, { error: futureMessage }),
);

/**
 * A date known only to the year or month (`2011`, `2014-07`) or to the day (`2015-02-02`), not after today.
 * Events and sources are often dated only roughly; we never pad an unknown day.
 */
export const partialDate = z.preprocess(
	fromYaml,
	z
		.union([z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/), z.iso.date()], {
			error: 'expected a date written YYYY, YYYY-MM or a real calendar date YYYY-MM-DD',
		})
		.refine(notInFuture, { error: futureMessage }),
);

/** Whether a (partial) date range is in order: the end is not before the start, at the precision both have. */
export function inOrder(start: string, end: string): boolean {
	const precision = Math.min(start.length, end.length);
	return start.slice(0, precision) <= end.slice(0, precision);
}

/** Links that leave the site must be https: readers may be watched. */
export const httpsUrl = z.url({
	protocol: /^https$/,
	error: 'expected an https:// URL',
});

/** A short plain-text string that must not be blank. */
export const text = z.string().trim().min(1, 'expected text, got an empty string');

/** ISO 639-1 language code of a source, e.g. `en`, `pl`, `ru`. */
export const language = z.string().regex(/^[a-z]{2}$/, 'expected a two-letter ISO 639-1 language code such as "en"');

/** The names of our collections, so references name only real ones. */
export const collectionNames = [
	'letters',
	'reports',
	'questions',
	'people',
	'organizations',
	'cases',
	'events',
	'sources',
	'annotations',
	'claims',
	'glossary',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/**
 * Builds the schema of a reference to another collection. In `content.config.ts` this is Astro's
 * `reference()` checked against the ids that exist; in unit tests, a plain stand-in.
 */
export type ReferenceFactory = <C extends CollectionName>(collection: C) => z.ZodType<{ id: string; collection: C }>;
