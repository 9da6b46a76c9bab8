import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import {
	checkDuplicateIds,
	checkFileFormats,
	checkFileNames,
	checkFootnotes,
	checkFootnoteSources,
	checkLinks,
	checkRawHtml,
	fileChecks,
	idsIn,
	markdownChecks,
	type FileCheck,
	type MarkdownCheck,
} from '../../src/pipeline/checks.ts';
import { parseEntryFile } from '../../src/pipeline/entry-file.ts';
import { checkNotesApartFromEvents, checkTermsWithOwnPage, subjectOf } from '../../src/pipeline/subject-checks.ts';
import { formatError, type ContentError } from '../../src/pipeline/errors.ts';
import { readEntryFiles } from '../../src/pipeline/files.ts';
import { loadContent } from '../../src/pipeline/load.ts';
import { createMarkdownProcessor } from '../../src/markdown/processor.ts';
import { relativeTo, removeTempFolders, writeTree } from './check-fixtures.ts';

afterAll(removeTempFolders);

/** The files of a content tree written from `files` (path under the content root → text), read as the pipeline reads them. */
function readTree(files: Record<string, string>) {
	const root = writeTree(files);
	return { root, files: readEntryFiles(root).files.map(parseEntryFile) };
}

/** Runs one check of the files, or of each Markdown body as written, on a content tree; paths shown relative. */
function run(check: FileCheck | MarkdownCheck, files: Record<string, string>): ContentError[] {
	const { root, files: entries } = readTree(files);
	const errors =
		check.length === 1
			? (check as FileCheck)(entries)
			: entries.flatMap((file) => {
					if (file.body === undefined) return [];
					const tree = createMarkdownProcessor({ base: '/' }).parse(new VFile(file.body));
					return (check as MarkdownCheck)(file, tree, idsIn(entries));
				});
	return errors.map(relativeTo(root));
}

/** The least a content folder needs beside its collections: who publishes it. */
const minimalSite = 'name: A test\nshortName: Test\npublisher: The tests\ndescription: A tree written by a test.\n';

/** The whole content pipeline on a content tree, keeping the errors of one field (`yaml`, `exact`…) or all. */
async function pipeline(files: Record<string, string>, field?: string): Promise<ContentError[]> {
	const root = writeTree({ 'site.yaml': minimalSite, ...files });
	return (await loadContent({ root, base: '/' })).errors.map(relativeTo(root)).filter((error) => field === undefined || error.field === field);
}

/** A Markdown file: frontmatter lines, then the body. */
const md = (frontmatter: string, body = '') => `---\n${frontmatter}\n---\n\n${body}`;

/** The body of a case, whose frontmatter takes lines 1–3, so its text starts on line 5. */
const caseFile = (body: string) => md('title: A case', body);

describe('formatError', () => {
	it('prints `file:line: field: message`', () => {
		expect(formatError({ file: 'content/people/x.yaml', line: 3, field: 'organizations.1', message: 'no entry "y" in organizations' })).toBe(
			'content/people/x.yaml:3: organizations.1: no entry "y" in organizations',
		);
	});
});

describe('YAML and frontmatter, as the reader reports them', () => {
	it('reports YAML that does not parse, on its line', async () => {
		expect(await pipeline({ 'people/x.yaml': 'name: X\ndescription: Head: of office\n' }, 'yaml')).toEqual([
			{ file: 'people/x.yaml', line: 2, field: 'yaml', message: 'Nested mappings are not allowed in compact mappings' },
		]);
	});

	it('counts frontmatter lines from the top of the Markdown file', async () => {
		expect(await pipeline({ 'cases/x.md': md('title: A case\nsummary: One: two') }, 'yaml')).toEqual([
			{ file: 'cases/x.md', line: 3, field: 'yaml', message: 'Nested mappings are not allowed in compact mappings' },
		]);
	});

	it('reports a Markdown file without frontmatter', async () => {
		expect(await pipeline({ 'cases/x.md': 'Just text.\n' }, 'frontmatter')).toEqual([
			{ file: 'cases/x.md', line: 1, field: 'frontmatter', message: 'expected a frontmatter block between two `---` lines at the top of the file' },
		]);
	});

	it('accepts YAML that parses', async () => {
		expect(await pipeline({ 'people/x.yaml': 'name: "Head: of office"\n', 'cases/x.md': caseFile('Text.') }, 'yaml')).toEqual([]);
	});
});

describe('the schema check', () => {
	const person = 'name: X\nsortName: X\ndescription: Someone.\n';

	it('reports every problem of a file, each on the line of its field', async () => {
		const errors = await pipeline({ 'people/x.yaml': 'name: X\ndescription: ""\nofficialUrl: http://example.org/\n' });
		expect(errors).toEqual([
			{ file: 'people/x.yaml', line: 1, field: 'sortName', message: 'missing; expected string' },
			{ file: 'people/x.yaml', line: 2, field: 'description', message: 'expected text, got an empty string' },
			{ file: 'people/x.yaml', line: 3, field: 'officialUrl', message: 'expected an https:// URL' },
		]);
	});

	it('checks references against the files that exist, pointing at the item of a list', async () => {
		const files = {
			'organizations/ngo.yaml': 'name: N\nkind: ngo\ndescription: An NGO.\n',
			'people/x.yaml': `${person}organizations:\n  - ngo\n  - ngx\n`,
		};
		expect(await pipeline(files)).toEqual([
			{ file: 'people/x.yaml', line: 6, field: 'organizations.1', message: 'no entry "ngx" in organizations; did you mean "ngo"? (1 known)' },
		]);
	});

	it('reads dates as written, so an impossible date is not rolled over into a real one', async () => {
		const source = 'title: T\npublisher: P\nurl: https://example.org/\nlanguage: en\nstatus: confirmed\ndate: 2015-02-31\n';
		expect(await pipeline({ 'sources/x.yaml': source })).toEqual([
			{ file: 'sources/x.yaml', line: 6, field: 'date', message: 'expected a date written YYYY, YYYY-MM or a real calendar date YYYY-MM-DD' },
		]);
	});

	it('names the whole file when it is not a record at all', async () => {
		expect(await pipeline({ 'people/x.yaml': '- a\n- list\n' })).toEqual([
			{ file: 'people/x.yaml', line: 1, field: '(file)', message: 'expected object, got a list' },
		]);
	});

	it('leaves a file that does not parse to the YAML error alone', async () => {
		expect((await pipeline({ 'people/x.yaml': 'name: X\ndescription: Head: of office\n' })).map((e) => e.field)).toEqual(['yaml']);
	});

	it('accepts a valid entry', async () => {
		expect(await pipeline({ 'people/x.yaml': person })).toEqual([]);
	});
});

describe('checkFileFormats', () => {
	it('reports an entry in the wrong format for its collection, which the build would skip', () => {
		expect(run(checkFileFormats, { 'people/jane-roe.md': '---\nname: Jane Roe\n---\n', 'cases/x.yaml': 'title: X\n' })).toEqual([
			{ file: 'people/jane-roe.md', line: 1, field: 'file', message: 'people entries are .yaml (YAML) files; this one would be ignored' },
			{ file: 'cases/x.yaml', line: 1, field: 'file', message: 'cases entries are .md (Markdown with frontmatter) files; this one would be ignored' },
		]);
	});
});

describe('checkFileNames', () => {
	it('reports a file name that is not a kebab-case slug', () => {
		expect(run(checkFileNames, { 'people/Jane_Roe.yaml': 'name: Jane Roe\n', 'people/jane-roe.yaml': 'name: Jane Roe\n' })).toEqual([
			{
				file: 'people/Jane_Roe.yaml',
				line: 1,
				field: 'file',
				message: 'file name "Jane_Roe" is not an id; expected an ASCII kebab-case slug such as "jane-doe"',
			},
		]);
	});
});

describe('checkDuplicateIds', () => {
	it('reports a second file with the same id in one collection', () => {
		expect(run(checkDuplicateIds, { 'people/x.yaml': 'name: X\n', 'people/x.yml': 'name: X\n' })).toEqual([
			{ file: 'people/x.yml', line: 1, field: 'id', message: 'duplicate id "x" in people: also used by people/x.yaml' },
		]);
	});

	it('allows the same id in two collections', () => {
		expect(run(checkDuplicateIds, { 'people/x.yaml': 'name: X\n', 'organizations/x.yaml': 'name: X\n' })).toEqual([]);
	});
});

describe('subjectOf', () => {
	it('reads a title as the words it is about, whatever their order, case, possessives and filler words', () => {
		expect(subjectOf('53rd session of the UN Committee against Torture')).toBe(subjectOf("The UN Committee against Torture's 53rd session"));
		expect(subjectOf('Violence in Zhanaozen')).not.toBe(subjectOf('Trial of 37 over the Zhanaozen events'));
	});
});

describe('checkNotesApartFromEvents', () => {
	it("reports a note whose title is an event's in other words, at the note's title", () => {
		const files = {
			'events/pier-closed.md': md('title: "Closure of the north pier"'),
			'annotations/pier.md': md('title: "The north pier\'s closure"', 'Text.\n'),
			'annotations/other.md': md('title: "Why the pier mattered"', 'Text.\n'),
		};
		expect(run(checkNotesApartFromEvents, files)).toEqual([
			{ file: 'annotations/pier.md', line: 2, field: 'title', message: expect.stringContaining('is the title of event "pier-closed"') },
		]);
	});
});

describe('checkTermsWithOwnPage', () => {
	it('reports a term defined again when an organisation has it as name or acronym, and accepts one that names the page', () => {
		const files = {
			'organizations/harbour-board.yaml': 'name: Harbour Board\nacronym: HB\n',
			'glossary/hb.yaml': 'term: HB\nexpansion: Harbour Board\ndefinition: A board.\n',
			'glossary/board.yaml': 'term: Board\nexpansion: Harbour Board (HB)\ndefinition: A board.\n',
			'glossary/hb-page.yaml': 'term: HB\norganization: harbour-board\n',
			'glossary/quay.yaml': 'term: Quay\ndefinition: A landing place.\n',
		};
		expect(run(checkTermsWithOwnPage, files)).toEqual([
			{ file: 'glossary/board.yaml', line: 1, field: 'term', message: expect.stringContaining('expected `organization: harbour-board`') },
			{ file: 'glossary/hb.yaml', line: 1, field: 'term', message: expect.stringContaining('"HB" has its own page (organization "harbour-board")') },
		]);
	});
});

describe('moved.yaml', () => {
	const source = 'title: A page\npublisher: P\nurl: https://example.org/\nlanguage: en\nstatus: confirmed\n';
	it('refuses an old address that is still a page, and a new one that does not exist, at their lines', async () => {
		const errors = await pipeline({
			'sources/kept.yaml': source,
			'moved.yaml': '- from: sources/kept\n  to: { sources: kept }\n- from: sources/gone\n  to: { sources: kept }\n',
		});
		expect(errors).toEqual([
			{ file: 'moved.yaml', line: 1, field: '0.from', message: 'sources/kept is still a page; expected the address of one that went away' },
		]);
		expect(await pipeline({ 'sources/kept.yaml': source, 'moved.yaml': '- from: sources/gone\n  to: { sources: kep }\n' })).toEqual([
			{ file: 'moved.yaml', line: 2, field: '0.to.sources', message: expect.stringContaining('no entry "kep" in sources; did you mean "kept"') },
		]);
	});
});

describe('checkFootnotes', () => {
	it('reports a reference without a definition and a definition never referenced, each on its line', () => {
		expect(run(checkFootnotes, { 'cases/x.md': caseFile('One.[^1] Two.[^2]\n\n[^1]: Note one.\n[^3]: Note three.\n') })).toEqual([
			{ file: 'cases/x.md', line: 5, field: 'body', message: 'footnote reference [^2] has no definition; expected a line "[^2]: …"' },
			{
				file: 'cases/x.md',
				line: 8,
				field: 'body',
				message: 'footnote [^3] is defined but never referenced; expected [^3] in the text, or remove the definition',
			},
		]);
	});

	it('matches labels as GFM does, ignoring case', () => {
		expect(run(checkFootnotes, { 'cases/x.md': caseFile('One.[^Note]\n\n[^note]: The note.\n') })).toEqual([]);
	});

	it('checks the bodies of every Markdown collection, and nothing in YAML files', () => {
		const files = { 'letters/x.md': md('title: L', 'Text.[^9]\n'), 'people/x.yaml': 'name: "[^1]"\n' };
		expect(run(checkFootnotes, files).map((e) => `${e.file}:${e.line}`)).toEqual(['letters/x.md:5']);
	});
});

describe('checkFootnoteSources', () => {
	it('reports a footnote of a report or a case that cites no source', () => {
		const body = 'Text.[^1] More.[^2]\n\n[^1]: [A source](source:s).\n[^2]: Said by [X](person:x).\n';
		expect(run(checkFootnoteSources, { 'reports/x.md': md('title: R', body), 'cases/x.md': caseFile(body) })).toEqual([
			{
				file: 'reports/x.md',
				line: 8,
				field: 'body',
				message: 'footnote [^2] cites no source; expected a link such as [Publisher, title](source:<id>)',
			},
			{
				file: 'cases/x.md',
				line: 8,
				field: 'body',
				message: 'footnote [^2] cites no source; expected a link such as [Publisher, title](source:<id>)',
			},
		]);
	});

	it('does not ask the letter, which we publish verbatim, to cite sources', () => {
		expect(run(checkFootnoteSources, { 'letters/x.md': md('title: L', 'Text.[^1]\n\n[^1]: As printed.\n') })).toEqual([]);
	});
});

describe('checkRawHtml', () => {
	it('reports each piece of raw HTML, inline or block, on its line', () => {
		expect(run(checkRawHtml, { 'cases/x.md': caseFile('Some <b>bold</b> text.\n\n<script>alert(1)</script>\n') })).toEqual([
			{ file: 'cases/x.md', line: 5, field: 'body', message: 'raw HTML "<b>" is not allowed; expected Markdown only' },
			{ file: 'cases/x.md', line: 5, field: 'body', message: 'raw HTML "</b>" is not allowed; expected Markdown only' },
			{ file: 'cases/x.md', line: 7, field: 'body', message: 'raw HTML "<script>alert(1)</script>" is not allowed; expected Markdown only' },
		]);
	});

	it('shortens long HTML in the message', () => {
		const [error] = run(checkRawHtml, { 'cases/x.md': caseFile(`<div>${'x'.repeat(100)}</div>\n`) });
		expect(error?.message).toBe(`raw HTML "<div>${'x'.repeat(54)}…" is not allowed; expected Markdown only`);
	});

	it('accepts HTML-like text that Markdown escapes or shows as code', () => {
		expect(run(checkRawHtml, { 'cases/x.md': caseFile('An escaped \\<b> and `<script>` in code.\n') })).toEqual([]);
	});
});

describe('checkLinks', () => {
	const person = { 'people/jane-doe.yaml': 'name: Jane Doe\n' };
	const linkErrors = (link: string) => run(checkLinks, { ...person, 'cases/x.md': caseFile(`See [this](${link}).\n`) });

	it('accepts entity links to known ids, https links and anchors', () => {
		expect(
			run(checkLinks, { ...person, 'cases/x.md': caseFile('[Jane](person:jane-doe), [EP](https://www.europarl.europa.eu/), [top](#top)\n') }),
		).toEqual([]);
	});

	it('reports an entity link to an unknown id, with the closest known ids', () => {
		expect(linkErrors('person:jane-do')).toEqual([
			{
				file: 'cases/x.md',
				line: 5,
				field: 'body',
				message: 'link "person:jane-do": no entry "jane-do" in people; did you mean "jane-doe"? (1 known)',
			},
		]);
	});

	it('reports an internal link written as a path', () => {
		expect(linkErrors('/people/jane-doe/')).toEqual([
			{
				file: 'cases/x.md',
				line: 5,
				field: 'body',
				message: 'link "/people/jane-doe/": link to pages by id (e.g. person:<id>), not by path, so links survive a change of base path',
			},
		]);
	});

	it('checks reference-style links and images too, reading schemes as a browser does', () => {
		const errors = run(checkLinks, {
			...person,
			'cases/x.md': caseFile(
				'[a][r] ![b](http://example.org/i.png) [c](java&#9;script:alert(1)) [d][j]\n\n[r]: ftp://example.org/\n[j]: person:nobody\n',
			),
		});
		expect(errors.map((e) => e.message)).toEqual([
			'link "http://example.org/i.png": expected an https:// URL',
			'link "java\\tscript:alert(1)": script and data URLs are not allowed; expected an https:// URL or an entity link such as person:<id>',
			'link "ftp://example.org/": expected an https:// URL',
			'link "person:nobody": no entry "nobody" in people; did you mean "jane-doe"? (1 known)',
		]);
	});

	it('reports a non-https link', () => {
		expect(linkErrors('http://example.org/')).toEqual([
			{ file: 'cases/x.md', line: 5, field: 'body', message: 'link "http://example.org/": expected an https:// URL' },
		]);
	});

	it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html;base64,PGI+eDwvYj4=', 'vbscript:msgbox(1)'])(
		'refuses the script or data URL %s',
		(url) => {
			expect(linkErrors(url)).toEqual([
				{
					file: 'cases/x.md',
					line: 5,
					field: 'body',
					message: `link "${url}": script and data URLs are not allowed; expected an https:// URL or an entity link such as person:<id>`,
				},
			]);
		},
	);
});

describe('the annotation anchor check (on the rendered letter)', () => {
	const letter = md('title: L', 'The sample letter names a sample case.\n\nA second paragraph.[^1]\n\n[^1]: The sample footnote.\n');
	const note = (quote: string) => md(`target: l\n${quote}`, 'A note.\n');

	it('accepts a quote found once in the rendered text (footnotes included), however its spaces are wrapped', async () => {
		const files = { 'letters/l.md': letter, 'annotations/a.md': note('exact: "letter   names"'), 'annotations/b.md': note('exact: sample footnote') };
		expect(await pipeline(files, 'exact')).toEqual([]);
	});

	it('reports a quote that is not in the text', async () => {
		expect(await pipeline({ 'letters/l.md': letter, 'annotations/a.md': note('exact: sample memo') }, 'exact')).toEqual([
			{
				file: 'annotations/a.md',
				line: 3,
				field: 'exact',
				message: 'quote "sample memo" is not found in letters/l; the closest passage is "sample letter"; expected text copied from the page',
			},
		]);
	});

	it('reports a quote found more than once, and accepts it with a prefix or a suffix that tells the places apart', async () => {
		expect(await pipeline({ 'letters/l.md': letter, 'annotations/a.md': note('exact: sample') }, 'exact')).toEqual([
			{
				file: 'annotations/a.md',
				line: 3,
				field: 'exact',
				message: 'quote "sample" is found 3 times in letters/l; add a prefix or suffix to say which one',
			},
		]);
		const told = {
			'letters/l.md': letter,
			'annotations/a.md': note('exact: sample\nprefix: "names a "'),
			'annotations/b.md': note('exact: sample\nsuffix: " letter"'),
		};
		expect(await pipeline(told, 'exact')).toEqual([]);
	});

	it('reports a quote that overlaps another annotation of the same letter', async () => {
		const files = { 'letters/l.md': letter, 'annotations/a.md': note('exact: sample letter'), 'annotations/b.md': note('exact: letter names') };
		expect(await pipeline(files, 'exact')).toEqual([
			{
				file: 'annotations/b.md',
				line: 3,
				field: 'exact',
				message: 'quote overlaps the quote of annotations/a.md; expected annotations on separate passages',
			},
		]);
	});

	it('accepts a quote typed with straight quotes, a hyphen and a plain space where the letter has curly ones, a dash and a no-break space', async () => {
		const typeset = md('title: L', 'The “sample” letter\u00a0names a case – the Minister’s.\n');
		const files = { 'letters/l.md': typeset, 'annotations/a.md': note(`exact: 'The "sample" letter names a case - the Minister''s'`) };
		expect(await pipeline(files, 'exact')).toEqual([]);
	});

	it('leaves an unknown target to checkSchemas', async () => {
		expect(await pipeline({ 'letters/l.md': letter, 'annotations/a.md': md('target: nowhere\nexact: x') }, 'exact')).toEqual([]);
	});
});

describe('loadContent', () => {
	it('runs every named check, in stages', () => {
		expect(fileChecks).toEqual([checkFileFormats, checkFileNames, checkDuplicateIds, checkNotesApartFromEvents, checkTermsWithOwnPage]);
		expect(markdownChecks).toEqual([checkFootnotes, checkFootnoteSources, checkRawHtml, checkLinks]);
	});

	it('returns the errors of all checks, sorted by file and then line', async () => {
		const errors = await pipeline({
			'cases/b.md': caseFile('[x](http://example.org/)\n\n<i>'),
			'cases/a.md': caseFile('Text.[^1]\n'),
			'people/x.yaml': 'name: [\n',
		});
		expect(errors.map((e) => `${e.file}:${e.line}: ${e.field}`)).toEqual([
			'cases/a.md:2: summary',
			'cases/a.md:2: people',
			'cases/a.md:2: sources',
			'cases/a.md:5: body',
			'cases/b.md:2: summary',
			'cases/b.md:2: people',
			'cases/b.md:2: sources',
			'cases/b.md:5: body',
			'cases/b.md:7: body',
			'people/x.yaml:2: yaml',
		]);
	});

	it('renders each Markdown body once with the site pipeline, and keeps what it links to for backlinks', async () => {
		const { entries, errors } = await loadContent({ root: 'tests/fixtures/content', base: '/brief/' });
		expect(errors).toEqual([]);
		const [letter] = entries.letters;
		expect(letter?.rendered?.html).toContain('<a href="/brief/people/jane-doe/">sample letter</a>');
		expect(letter?.rendered?.html).toContain('id="p-1"');
		expect(letter?.rendered?.metadata.mentions).toEqual([
			{ collection: 'people', id: 'jane-doe' },
			{ collection: 'organizations', id: 'sample-institution' },
			{ collection: 'cases', id: 'sample-case' },
			{ collection: 'questions', id: 'sample-question' },
		]);
		expect(entries.people.map((p) => p.rendered)).toEqual([undefined, undefined]);
	});

	it("hands the loader what pages need, so none re-reads a file or parses HTML back: body, text, the trees pages build on, a note's placement", async () => {
		const { entries } = await loadContent({ root: 'tests/fixtures/content', base: '/' });
		const [letter] = entries.letters;
		const [note] = entries.annotations;
		expect(letter?.body).toContain('The body of a [sample letter](person:jane-doe)');
		expect(letter?.rendered?.metadata.text).toContain('The body of a sample letter, which the Sample Parliament received.');
		expect(letter?.rendered?.metadata.tree?.type).toBe('root');
		// A letter is marked up with its notes, a note placed in it, notes and claims exported: a report's HTML is shown as it is.
		expect(note?.rendered?.metadata.tree?.type).toBe('root');
		expect(entries.claims[0]?.rendered?.metadata.tree?.type).toBe('root');
		expect(entries.reports[0]?.rendered?.metadata.tree).toBeUndefined();
		const placement = note?.rendered?.metadata.placement;
		expect(placement && letter?.rendered?.metadata.text.slice(placement.start, placement.end)).toBe('sample letter');
		expect(entries.people[0]?.body).toBeUndefined();
	});

	it('gives the same entries and errors when half of the Markdown goes to a worker thread, as on a large site', async () => {
		const root = writeTree({ 'site.yaml': minimalSite, 'cases/a.md': caseFile('[x](http://example.org/)\n'), 'cases/b.md': caseFile('Text.[^1]\n') });
		for (const tree of ['tests/fixtures/content', root]) {
			const inline = await loadContent({ root: tree, base: '/' });
			const threaded = await loadContent({ root: tree, base: '/', workerThreshold: 0 });
			expect(threaded.entries).toEqual(inline.entries);
			expect(threaded.errors).toEqual(inline.errors);
		}
	}, 30_000); // loads the real content four times and starts worker threads: seconds on a busy two-core machine

	it('returns every error, and as entries only the files without any (the build publishes none while there are errors)', async () => {
		const { entries, errors } = await loadContent({
			root: writeTree({ 'site.yaml': minimalSite, 'people/x.yaml': 'name: X\nsortName: X\ndescription: A.\n', 'people/y.yaml': 'name: [\n' }),
			base: '/',
		});
		expect(errors).toHaveLength(1);
		expect(entries.people.map((p) => p.id)).toEqual(['x']);
	});
});
