import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { ContentError } from '../../src/pipeline/errors.ts';
import { loadContent } from '../../src/pipeline/load.ts';
import { brokenKinds, brokenRoot, contentTree, filesUnder, relativeTo, removeTempFolders } from './check-fixtures.ts';
import { readEntryData } from './content-files.ts';

afterAll(removeTempFolders);

/** The build's day, which a date may not be after. */
const today = new Date().toISOString().slice(0, 10);

/** Each kind of broken content in tests/fixtures/check/, and every error the checker must report for it, in order. */
const expectations: Record<string, ContentError[]> = {
	'yaml-syntax': [{ file: 'people/john-roe.yaml', line: 3, field: 'yaml', message: 'Nested mappings are not allowed in compact mappings' }],
	'yaml-syntax-frontmatter': [
		{ file: 'questions/sample-question.md', line: 3, field: 'yaml', message: 'Nested mappings are not allowed in compact mappings' },
	],
	'missing-field': [{ file: 'people/john-roe.yaml', line: 1, field: 'sortName', message: 'missing; expected string' }],
	'mistyped-field': [{ file: 'organizations/sample-ngo.yaml', line: 5, field: 'sources', message: 'expected array, got string "sample-source"' }],
	'impossible-date-yaml': [
		{
			file: 'sources/sample-source.yaml',
			line: 3,
			field: 'date',
			message: 'expected a date written YYYY, YYYY-MM or a real calendar date YYYY-MM-DD',
		},
	],
	'impossible-date-frontmatter': [
		{ file: 'questions/sample-question.md', line: 9, field: 'date', message: 'expected a real calendar date written YYYY-MM-DD, e.g. 2015-02-02' },
	],
	'unknown-references': [
		{
			file: 'letters/sample-letter.md',
			line: 6,
			field: 'sender',
			message: 'no entry "sample-ngoo" in organizations; did you mean "sample-ngo" or "sample-institution"? (2 known)',
		},
		{
			file: 'letters/sample-letter.md',
			line: 15,
			field: 'addressee.person',
			message: 'no entry "jane-do" in people; did you mean "jane-doe" or "john-roe"? (2 known)',
		},
		{
			file: 'letters/sample-letter.md',
			line: 27,
			field: 'questions.0',
			message: 'no entry "no-such-question" in questions; did you mean "sample-question"? (1 known)',
		},
		{
			file: 'letters/sample-letter.md',
			line: 29,
			field: 'cases.0',
			message: 'no entry "no-such-case" in cases; did you mean "sample-case"? (1 known)',
		},
		{
			file: 'letters/sample-letter.md',
			line: 32,
			field: 'attachments.0.report',
			message: 'no entry "no-such-report" in reports; did you mean "sample-report"? (1 known)',
		},
	],
	'unknown-event': [
		{
			file: 'cases/sample-case.md',
			line: 7,
			field: 'events.0',
			message: 'no entry "no-such-event" in events; did you mean "sample-event"? (1 known)',
		},
	],
	'unknown-source': [
		{
			file: 'events/sample-event.md',
			line: 16,
			field: 'sources.0',
			message: 'no entry "sample-sauce" in sources; did you mean "sample-source"? (1 known)',
		},
	],
	'duplicate-id': [
		{ file: 'people/jane-doe.yml', line: 1, field: 'id', message: 'duplicate id "jane-doe" in people: also used by people/jane-doe.yaml' },
	],
	'footnote-undefined': [
		{ file: 'letters/sample-letter.md', line: 38, field: 'body', message: 'footnote reference [^2] has no definition; expected a line "[^2]: …"' },
	],
	'footnote-unreferenced': [
		{
			file: 'letters/sample-letter.md',
			line: 41,
			field: 'body',
			message: 'footnote [^2] is defined but never referenced; expected [^2] in the text, or remove the definition',
		},
	],
	'unsourced-report-footnote': [
		{
			file: 'reports/sample-report.md',
			line: 19,
			field: 'body',
			message: 'footnote [^1] cites no source; expected a link such as [Publisher, title](source:<id>)',
		},
	],
	'quote-not-found': [
		{
			file: 'annotations/sample-annotation.md',
			line: 4,
			field: 'exact',
			message:
				'quote "sample memorandum" is not found in letters/sample-letter; the closest passage is "sample letter, which"; expected text copied from the page',
		},
	],
	'quote-ambiguous': [
		{
			file: 'annotations/sample-annotation.md',
			line: 4,
			field: 'exact',
			message: 'quote "sample letter" is found 2 times in letters/sample-letter; add a prefix or suffix to say which one',
		},
	],
	'claim-without-source': [
		{
			file: 'claims/sample-claim.md',
			line: 7,
			field: 'sources',
			message:
				'status "independent-source" names its sources; expected at least one source id (only "letter-only" and "nothing-found" stand without one)',
		},
	],
	'claim-status-of-a-request': [
		{
			file: 'claims/sample-claim.md',
			line: 6,
			field: 'status',
			message:
				'"followed" is a status for a request; expected for a claim one of "independent-source", "same-author", "sources-disagree", "letter-only"',
		},
	],
	'claim-status-not-in-vocabulary': [
		{
			file: 'claims/sample-claim.md',
			line: 6,
			field: 'status',
			message: 'Invalid option: expected one of "independent-source"|"same-author"|"sources-disagree"|"letter-only"|"followed"|"nothing-found"',
		},
	],
	'overlapping-quotes': [
		{
			file: 'annotations/second-note.md',
			line: 4,
			field: 'exact',
			message: 'quote overlaps the quote of annotations/sample-annotation.md; expected annotations on separate passages',
		},
	],
	'link-as-path': [
		{
			file: 'cases/sample-case.md',
			line: 12,
			field: 'body',
			message: 'link "/people/jane-doe/": link to pages by id (e.g. person:<id>), not by path, so links survive a change of base path',
		},
	],
	'unknown-entity-link': [
		{
			file: 'cases/sample-case.md',
			line: 12,
			field: 'body',
			message: 'link "person:jane-dough": no entry "jane-dough" in people; did you mean "jane-doe" or "john-roe"? (2 known)',
		},
	],
	'http-url': [{ file: 'sources/sample-source.yaml', line: 4, field: 'url', message: 'expected an https:// URL' }],
	'http-body-link': [
		{ file: 'cases/sample-case.md', line: 12, field: 'body', message: 'link "http://example.org/source": expected an https:// URL' },
	],
	'raw-html': [
		{
			file: 'cases/sample-case.md',
			line: 14,
			field: 'body',
			message: 'raw HTML "<div class=\\"box\\">A boxed aside.</div>" is not allowed; expected Markdown only',
		},
	],
	'invalid-utf8': [{ file: 'people/john-roe.yaml', line: 1, field: 'file', message: 'is not UTF-8 text; save the file as UTF-8' }],
	'alias-bomb': [
		{
			file: 'people/john-roe.yaml',
			line: 5,
			field: 'yaml',
			message: 'anchors and aliases (&name, *name) expand to far more data than the file holds; write the values out instead',
		},
	],
	'deep-yaml': [
		{
			file: 'organizations/sample-ngo.yaml',
			line: 7,
			field: 'yaml',
			message: 'lists and mappings nested more than 32 deep; expected a flatter record',
		},
	],
	'deep-blockquote': [
		{ file: 'cases/sample-case.md', line: 16, field: 'body', message: 'lists or block quotes nested more than 32 deep; expected a flatter text' },
	],
	'deep-list': [
		{ file: 'reports/sample-report.md', line: 53, field: 'body', message: 'lists or block quotes nested more than 32 deep; expected a flatter text' },
	],
	'deep-emphasis': [
		{
			file: 'annotations/sample-annotation.md',
			line: 13,
			field: 'body',
			message: 'emphasis (* _ ~) opened more than 32 times inside itself; expected at most 32',
		},
	],
	'frontmatter-unclosed': [
		{
			file: 'questions/sample-question.md',
			line: 1,
			field: 'frontmatter',
			message: 'the frontmatter opened on line 1 is never closed; expected a line `---` after it',
		},
	],
	'empty-body': [
		{
			file: 'reports/sample-report.md',
			line: 16,
			field: 'body',
			message: 'is empty; expected the text of the attachment summary below the frontmatter',
		},
	],
	'future-date': [
		{ file: 'events/sample-event.md', line: 3, field: 'date', message: `a date in the future; expected a date on or before ${today}` },
		{ file: 'events/sample-event.md', line: 4, field: 'endDate', message: `a date in the future; expected a date on or before ${today}` },
	],
	'end-before-start': [
		{ file: 'events/sample-event.md', line: 4, field: 'endDate', message: 'the event ends before it starts; expected an endDate on or after date' },
	],
	'answer-before-question': [
		{
			file: 'questions/sample-question.md',
			line: 12,
			field: 'answer.date',
			message: 'the answer is dated before the question; expected an answer date on or after date',
		},
	],
	'file-name-not-slug': [
		{
			file: 'people/John_Roe.yaml',
			line: 1,
			field: 'file',
			message: 'file name "John_Roe" is not an id; expected an ASCII kebab-case slug such as "jane-doe"',
		},
	],
	'site-unknown-letter': [
		{ file: 'site.yaml', line: 5, field: 'featuredLetter', message: 'no entry "sample-leter" in letters; did you mean "sample-letter"? (1 known)' },
	],
	'javascript-link': [
		{
			file: 'cases/sample-case.md',
			line: 12,
			field: 'body',
			message: 'link "javascript:alert(1)": script and data URLs are not allowed; expected an https:// URL or an entity link such as person:<id>',
		},
	],
	'mistyped-folder': [
		{
			file: 'peoples',
			line: 1,
			field: 'file',
			message:
				'is not a collection folder, so nothing in it is published; did you mean "people"? (expected site.yaml, corrections.yaml, moved.yaml and the folders annotations, cases, claims, events, glossary, letters, organizations, people, questions, reports, sources)',
		},
	],
	'double-extension': [
		{
			file: 'reports/new-report.md.txt',
			line: 1,
			field: 'file',
			message: 'is not read: reports entries are .md files; did you mean "new-report.md"?',
		},
	],
	'uppercase-extension': [
		{ file: 'reports/new-report.MD', line: 1, field: 'file', message: 'is not read: reports entries are .md files; did you mean "new-report.md"?' },
	],
	'data-link': [
		{
			file: 'cases/sample-case.md',
			line: 12,
			field: 'body',
			message:
				'link "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==": script and data URLs are not allowed; expected an https:// URL or an entity link such as person:<id>',
		},
	],
};

/** Runs the content pipeline on a content tree, with paths relative to it. */
async function check(root: string): Promise<ContentError[]> {
	return (await loadContent({ root, base: '/' })).errors.map(relativeTo(root));
}

describe('the broken-content corpus in tests/fixtures/check', () => {
	it('has at least 15 kinds, each with an expectation here, and each expectation has its fixture', () => {
		expect(brokenKinds.length).toBeGreaterThanOrEqual(15);
		expect(brokenKinds).toEqual(Object.keys(expectations).sort());
	});

	it.each(brokenKinds)('%s differs from the valid tree by exactly one file', (kind) => {
		expect(filesUnder(join(brokenRoot, kind))).toHaveLength(1);
	});

	it('starts from a valid tree that the checker accepts', async () => {
		expect(await check(contentTree())).toEqual([]);
	});

	it.each(brokenKinds)('%s: the checker reports exactly its errors, with file, line and field', async (kind) => {
		expect(await check(contentTree([kind]))).toEqual(expectations[kind]);
	});

	it('reports the errors of several broken files together, sorted by file and line', async () => {
		const kinds = ['unknown-references', 'raw-html', 'yaml-syntax'];
		const all = kinds.flatMap((kind) => expectations[kind] ?? []);
		expect(await check(contentTree(kinds))).toEqual([...all].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line));
	});
});

describe("what editors' machines leave beside the content (tests/fixtures/editor-leftovers)", () => {
	it('is skipped by rule, listed with the reason, and never an error or an entry', async () => {
		const root = contentTree(['../editor-leftovers']);
		const loaded = await loadContent({ root, base: '/' });
		expect(loaded.errors).toEqual([]);
		expect(loaded.entries.reports.map((entry) => entry.id)).toEqual(['sample-report']);
		expect(loaded.skipped.map((file) => `${relativeTo(root)({ file: file.path, line: 1, field: '', message: '' }).file}: ${file.reason}`)).toEqual([
			'.DS_Store: a hidden file',
			"reports/#sample-report.md#: an editor's autosave",
			'reports/.sample-report.md.swp: a hidden file',
			"reports/sample-report.md~: an editor's backup",
		]);
	});
});

describe('an impossible date written unquoted', () => {
	it('is read as written, not rolled over into March as a YAML 1.1 timestamp would be, so the schema refuses it', () => {
		expect(readEntryData(join(brokenRoot, 'impossible-date-yaml/sources/sample-source.yaml'))).toMatchObject({ date: '2015-02-31' });
	});
});

/** The checker as `npm run check` runs it, in `cwd`, on the content folder `content/` there. */
async function runChecker(cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
	const script = join(process.cwd(), 'scripts/check-content.ts');
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, [script], { cwd, env: { ...process.env, CONTENT_DIR: 'content' } });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, stdout, stderr };
	}
}

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('the checker CLI (scripts/check-content.ts, CONTENT_DIR)', () => {
	it('exits 0 on the valid tree and says how many files it checked', async () => {
		const result = await runChecker(dirname(contentTree()));
		expect(result).toEqual({ code: 0, stdout: 'content ok: 14 files checked\n', stderr: '' });
	});

	it('says which files it skipped, and why', async () => {
		const result = await runChecker(dirname(contentTree(['../editor-leftovers'])));
		expect(result.code).toBe(0);
		expect(lines(result.stdout)).toEqual([
			'skipped content/.DS_Store: a hidden file, never content',
			"skipped content/reports/#sample-report.md#: an editor's autosave, never content",
			'skipped content/reports/.sample-report.md.swp: a hidden file, never content',
			"skipped content/reports/sample-report.md~: an editor's backup, never content",
			'content ok: 14 files checked',
		]);
	});

	it('exits 1 on a broken tree and prints `path:line: field: message`, then a summary', async () => {
		const result = await runChecker(dirname(contentTree(['quote-not-found'])));
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(lines(result.stderr)).toEqual([
			'content/annotations/sample-annotation.md:4: exact: quote "sample memorandum" is not found in letters/sample-letter; the closest passage is "sample letter, which"; expected text copied from the page',
			'1 content error in 1 file; nothing was built.',
		]);
	});

	it('prints every error, not only the first', async () => {
		const result = await runChecker(dirname(contentTree(['unknown-references', 'yaml-syntax'])));
		expect(result.code).toBe(1);
		expect(lines(result.stderr)).toEqual([
			'content/letters/sample-letter.md:6: sender: no entry "sample-ngoo" in organizations; did you mean "sample-ngo" or "sample-institution"? (2 known)',
			'content/letters/sample-letter.md:15: addressee.person: no entry "jane-do" in people; did you mean "jane-doe" or "john-roe"? (2 known)',
			'content/letters/sample-letter.md:27: questions.0: no entry "no-such-question" in questions; did you mean "sample-question"? (1 known)',
			'content/letters/sample-letter.md:29: cases.0: no entry "no-such-case" in cases; did you mean "sample-case"? (1 known)',
			'content/letters/sample-letter.md:32: attachments.0.report: no entry "no-such-report" in reports; did you mean "sample-report"? (1 known)',
			'content/people/john-roe.yaml:3: yaml: Nested mappings are not allowed in compact mappings',
			'6 content errors in 2 files; nothing was built.',
		]);
	});
});
