import { basename, dirname, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames, collectionSchemas, type CollectionName } from '../../src/collections.ts';
import { checkedReference } from '../../src/pipeline/reference.ts';
import { httpsUrl, isoDate, partialDate, slug, text } from '../../src/schemas/shared.ts';
import { entryFiles, idsUnder, problemsOf, readEntryData } from './content-files.ts';

/** Broken fixtures reference the valid fixture tree, so each one is broken in exactly one way. */
const fixtureRoot = 'tests/fixtures/content';
const brokenRoot = 'tests/fixtures/broken';
const schemas = collectionSchemas(checkedReference(idsUnder(fixtureRoot)));

/** Each broken fixture, relative to `tests/fixtures/broken/`, and the one problem it must report. */
const expectations: Record<string, { path: string; message: string }> = {
	'questions/no-reference.md': {
		path: 'referenceUnknown',
		message: 'a question without `reference` must say why in `referenceUnknown`',
	},
	'questions/reference-and-reason.md': {
		path: 'referenceUnknown',
		message: '`referenceUnknown` must be left out when `reference` is given',
	},
	'questions/malformed-reference.md': { path: 'reference', message: 'expected an EP question reference such as "E-007125/2014"' },
	'questions/unknown-author.md': { path: 'authors.1.person', message: 'no entry "x" in people;' },
	'questions/author-person-and-name.md': { path: 'authors.0', message: 'expected exactly one of `person`' },
	'questions/no-authors.md': { path: 'authorsUnknown', message: 'must say why in `authorsUnknown`' },
	'questions/impossible-date.md': { path: 'date', message: 'expected a real calendar date written YYYY-MM-DD' },
	'letters/impossible-date.md': { path: 'date', message: 'expected a real calendar date written YYYY-MM-DD' },
	'letters/unknown-signatory.md': { path: 'signatories.0.person', message: 'no entry "x" in people;' },
	'people/http-url.yaml': { path: 'officialUrl', message: 'expected an https:// URL' },
	'people/blank-name.yaml': { path: 'name', message: 'expected text, got an empty string' },
	'people/unknown-organization.yaml': {
		path: 'organizations.1',
		message: 'no entry "no-such-body" in organizations; did you mean "sample-ngo"',
	},
	'organizations/unknown-kind.yaml': { path: 'kind', message: '"eu-institution"' },
	'organizations/http-website.yaml': { path: 'website', message: 'expected an https:// URL' },
	'sources/bad-language.yaml': { path: 'language', message: 'expected a two-letter ISO 639-1 language code' },
	'sources/impossible-month.yaml': { path: 'date', message: 'expected a date written YYYY, YYYY-MM or a real calendar date' },
	'sources/unknown-status.yaml': { path: 'status', message: '"confirmed"' },
	'sources/archive-date-as-words.yaml': { path: 'archived.timestamp', message: "expected the archive's 14-digit timestamp YYYYMMDDhhmmss" },
	'events/no-sources.md': { path: 'sources', message: 'expected at least one source for a dated event' },
	'events/unknown-disputed-source.md': {
		path: 'disputedDates.0.source',
		message: 'no entry "nowhere" in sources;',
	},
	'cases/no-people.md': { path: 'people', message: 'expected the person or people the case concerns' },
	'reports/unknown-letter.md': { path: 'attachedTo', message: 'no entry "nope" in letters; did you mean "sample-letter"? (1 known)' },
	'reports/http-original.md': { path: 'originalUrl', message: 'expected an https:// URL' },
	'annotations/unknown-motivation.md': { path: 'motivation', message: '"commenting"' },
	'annotations/no-sources.md': { path: 'sources', message: 'expected at least one source for an annotation' },
	'glossary/no-sources.yaml': { path: 'sources', message: 'expected at least one source for a definition' },
	'glossary/own-page-and-definition.yaml': {
		path: 'definition',
		message: 'the term has its own page (organization); its definition belongs on that page',
	},
	'glossary/unknown-annotation.yaml': {
		path: 'annotation',
		message: 'no entry "missing-note" in annotations;',
	},
};

const brokenFiles = collectionNames.flatMap((collection) => entryFiles(brokenRoot, collection));

describe('broken fixtures in tests/fixtures/broken', () => {
	it('each has an expectation here, and each expectation has its file', () => {
		const names = brokenFiles.map((file) => relative(brokenRoot, file));
		expect(names.sort()).toEqual(Object.keys(expectations).sort());
	});

	it.each(brokenFiles)('%s reports exactly its one problem', (file) => {
		const collection = basename(dirname(file)) as CollectionName;
		const expected = expectations[relative(brokenRoot, file)];
		const problems = problemsOf(schemas[collection], readEntryData(file));
		expect(problems).toEqual([{ path: expected?.path, message: expect.stringContaining(expected?.message ?? '(no expectation)') }]);
	});
});

describe('shared field schemas', () => {
	it.each(['2015-02-02', '2016-02-29', '2014-10-10'])('isoDate accepts the real date %s', (value) => {
		expect(isoDate.safeParse(value).success).toBe(true);
	});

	it.each(['2015-02-31', '2015-02-29', '2014-04-31', '2015-13-01', '2015-2-2', '02/02/2015', '2015-02-02T00:00:00Z'])(
		'isoDate rejects %s with an editor-facing message',
		(value) => {
			expect(problemsOf(isoDate, value)).toEqual([{ path: '', message: 'expected a real calendar date written YYYY-MM-DD, e.g. 2015-02-02' }]);
		},
	);

	it.each(['2011', '2014-07', '2015-02-02'])('partialDate accepts %s', (value) => {
		expect(partialDate.safeParse(value).success).toBe(true);
	});

	it.each(['2014-13', '2014-00', '2015-02-30', '15', '2014-7', 'July 2014'])('partialDate rejects %s', (value) => {
		expect(problemsOf(partialDate, value)).toEqual([
			{ path: '', message: 'expected a date written YYYY, YYYY-MM or a real calendar date YYYY-MM-DD' },
		]);
	});

	it('httpsUrl accepts an https URL', () => {
		expect(httpsUrl.safeParse('https://www.europarl.europa.eu/doceo/document/E-8-2014-007125_EN.html').success).toBe(true);
	});

	it.each(['http://www.europarl.europa.eu/', 'ftp://example.org/file', 'example.org', 'javascript:alert(1)'])('httpsUrl rejects %s', (value) => {
		expect(problemsOf(httpsUrl, value)).toEqual([{ path: '', message: 'expected an https:// URL' }]);
	});

	it.each(['jane-doe', 'piotr-k-nowak', 'written-question-3-meps-2020'])('slug accepts %s', (value) => {
		expect(slug.safeParse(value).success).toBe(true);
	});

	it.each(['Jane-Doe', 'jane_doe', 'jane--doe', '-doe', 'doe-', 'zdzisław-wróbel', 'jane doe', ''])('slug rejects %j', (value) => {
		expect(problemsOf(slug, value)).toEqual([{ path: '', message: 'expected an ASCII kebab-case slug such as "jane-doe"' }]);
	});

	it.each([isoDate, partialDate])('refuses a date after today, which content about the past cannot have', (schema) => {
		const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
		expect(problemsOf(schema, tomorrow)).toEqual([
			{ path: '', message: expect.stringMatching(/^a date in the future; expected a date on or before \d{4}-\d{2}-\d{2}$/) },
		]);
		expect(problemsOf(partialDate, String(new Date().getFullYear() + 1))).toHaveLength(1);
		expect(problemsOf(partialDate, String(new Date().getFullYear()))).toEqual([]);
	});

	it('text rejects a blank string and trims a real one', () => {
		expect(problemsOf(text, ' \t ')).toEqual([{ path: '', message: 'expected text, got an empty string' }]);
		expect(text.parse('  Zofia Wróbel ')).toBe('Zofia Wróbel');
	});
});

describe('checkedReference', () => {
	const people = new Set(['zofia-wrobel', 'jane-doe', 'anna-nowak', 'marek-lis']);
	const checked = checkedReference((collection) => (collection === 'people' ? people : new Set()));

	it('turns a known id into a reference', () => {
		expect(checked('people').parse('jane-doe')).toEqual({ id: 'jane-doe', collection: 'people' });
	});

	it('names the unknown id and its collection, suggests the closest known ids and counts them', () => {
		expect(problemsOf(checked('people'), 'zofia-wrobe')).toEqual([
			{ path: '', message: expect.stringMatching(/^no entry "zofia-wrobe" in people; did you mean "zofia-wrobel"/) },
		]);
		expect(problemsOf(checked('people'), 'x')[0]?.message).toMatch(/\(4 known\)$/);
	});

	it('says so when the collection is empty', () => {
		expect(problemsOf(checked('cases'), 'x')).toEqual([{ path: '', message: 'no entry "x" in cases; that collection is empty' }]);
	});

	it('reads the ids from the files of the collection', () => {
		expect([...idsUnder(fixtureRoot)('people')].sort()).toEqual(['jane-doe', 'john-roe']);
	});
});
