import { z } from 'zod';

/**
 * Messages an editor can act on, for the issues Zod words for programmers: a missing field says it is
 * missing, a field of the wrong type says what it got, a field the schema does not know is named.
 */
z.config({
	customError: (issue) => {
		if (issue.code === 'invalid_type') {
			return issue.input === undefined ? `missing; expected ${issue.expected}` : `expected ${issue.expected}, got ${describe(issue.input)}`;
		}
		if (issue.code === 'unrecognized_keys') {
			return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling against the schema`;
		}
		return undefined;
	},
});

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a mapping';
	return `${typeof value} ${JSON.stringify(value)}`;
}

/** Collection ids are ASCII kebab-case slugs of names, e.g. `andrzej-duda`. */
export const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an ASCII kebab-case slug such as "andrzej-duda"');

/**
 * YAML turns an unquoted `2015-02-02` into a Date and `2011` into a number; bring both back to text.
 * (A Date hides an impossible day such as 2015-02-31 by rolling it over: `npm run check` reads
 * the raw text without that conversion and catches it.)
 */
const fromYaml = (value: unknown) =>
	value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value;

/** A calendar date that really exists, written `YYYY-MM-DD`, e.g. `2015-02-02`. */
export const isoDate = z.preprocess(
	fromYaml,
	z.iso.date({ error: 'expected a real calendar date written YYYY-MM-DD, e.g. 2015-02-02' }),
);

/**
 * A date known only to the year or month (`2011`, `2014-07`) or to the day (`2015-02-02`).
 * Events and sources are often dated only roughly; we never pad an unknown day.
 */
export const partialDate = z.preprocess(
	fromYaml,
	z.union([z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/), z.iso.date()], {
		error: 'expected a date written YYYY, YYYY-MM or a real calendar date YYYY-MM-DD',
	}),
);

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
	'glossary',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/** How each collection is stored: Markdown documents (frontmatter and a body) or YAML records. */
export const collectionFormats: Record<CollectionName, 'markdown' | 'yaml'> = {
	letters: 'markdown',
	reports: 'markdown',
	questions: 'markdown',
	cases: 'markdown',
	events: 'markdown',
	annotations: 'markdown',
	people: 'yaml',
	organizations: 'yaml',
	sources: 'yaml',
	glossary: 'yaml',
};

/** The file names a collection's entries may have. */
export const entryFilePattern = (collection: CollectionName): RegExp =>
	collectionFormats[collection] === 'markdown' ? /\.md$/ : /\.ya?ml$/;

/**
 * Builds the schema of a reference to another collection. In `content.config.ts` this is Astro's
 * `reference()` checked against the ids that exist; in unit tests, a plain stand-in.
 */
export type ReferenceFactory = <C extends CollectionName>(collection: C) => z.ZodType<{ id: string; collection: C }>;
