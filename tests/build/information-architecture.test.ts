import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { collectionNames, collections, type CollectionName } from '../../src/collections.ts';
import { subjectOf } from '../../src/pipeline/subject-checks.ts';
import { claimStatuses } from '../../src/schemas/claim.ts';
import { corrections, dataOf, entries, letterIds, moved, pageOf, site } from '../content.ts';
import { attr, element, elements, fileOf, htmlFiles, is, parseFile, pathOf, readPage, sitePath, textOf } from './dist.ts';

type Ref = { collection: CollectionName; id: string };

/** The pages in the search index, each with its tree: the pages that are about one thing. */
const indexed = htmlFiles()
	.map((file) => ({ file, path: pathOf(file), tree: parseFile(file) }))
	.filter(({ tree }) => elements(tree, is.attr('dataPagefindBody')).length > 0);
const mainOf = (tree: Root) => element(tree, '<main>', is.tag('main'));
const filtersOf = (tree: Root, key: string) =>
	elements(tree, is.attr('dataPagefindFilter'))
		.map((el) => attr(el, 'dataPagefindFilter'))
		.filter((value) => value.startsWith(`${key}:`))
		.map((value) => value.slice(key.length + 1));
const metaOf = (tree: Root, key: string) =>
	elements(tree, is.attr('dataPagefindMeta'))
		.map((el) => attr(el, 'dataPagefindMeta'))
		.find((value) => value.startsWith(`${key}:`))
		?.slice(key.length + 1);

/** Every collection with pages of its own, with the entries the content has. */
const kinds = collectionNames.filter((name) => entries[name].length > 0);

describe('one thing, one page', () => {
	it('gives no two pages the same subject (titles alike but for case, word order and filler words)', () => {
		const seen = new Map<string, string>();
		const twins: string[] = [];
		for (const { path, tree } of indexed) {
			const subject = subjectOf(textOf(element(mainOf(tree), '<h1>', is.tag('h1'))));
			if (seen.has(subject)) twins.push(`${path} and ${seen.get(subject)}`);
			seen.set(subject, path);
		}
		expect(twins).toEqual([]);
	});

	const pointing = entries.glossary.filter((term) => term.data['organization'] || term.data['event']);
	it.skipIf(pointing.length === 0).each(pointing.map((term) => term.id))('makes the glossary term %s an alias of its own page, for search', (id) => {
		const term = dataOf('glossary', id) as { term: string; organization?: Ref; event?: Ref };
		const page = term.organization ? pageOf('organizations', term.organization.id) : pageOf('events', term.event!.id);
		expect(metaOf(readPage(page), 'about')?.split('; ')).toContain(term.term);
		expect(indexed.map(({ path }) => path)).not.toContain(sitePath(pageOf('glossary', id)));
	});
});

describe('addresses that went away', () => {
	const redirects = [
		...moved.map((entry) => ({ from: `/${entry.from}/`, to: Object.entries(entry.to).find(([, ref]) => ref)! as [CollectionName, { id: string }] })),
		...entries.glossary
			.filter((term) => term.data['organization'] || term.data['event'])
			.map((term) => ({
				from: pageOf('glossary', term.id),
				to: (term.data['organization'] ? ['organizations', term.data['organization']] : ['events', term.data['event']]) as [
					CollectionName,
					{ id: string },
				],
			})),
	];

	it.skipIf(redirects.length === 0).each(redirects)(
		'keeps $from working: a redirect to the page it moved to, as static hosts serve one',
		({ from, to }) => {
			const target = sitePath(pageOf(to[0], to[1].id));
			const page = readPage(from);
			const refresh = element(page, 'refresh', (el) => el.tagName === 'meta' && attr(el, 'httpEquiv') === 'refresh');
			expect(attr(refresh, 'content')).toBe(`0; url=${target}`);
			expect(
				new URL(
					attr(
						element(page, 'canonical', (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical'),
						'href',
					),
				).pathname,
			).toBe(target);
			expect(elements(page, (el) => el.tagName === 'a' && attr(el, 'href') === target)).toHaveLength(1);
			expect(elements(page, is.attr('dataPagefindBody'))).toHaveLength(0);
		},
	);
});

describe('one name per kind, from the registry', () => {
	const home = readPage('/');
	const header = element(home, 'site header', is.class('site-header'));
	const footer = element(home, 'site footer', is.class('site-footer'));

	it.each(kinds)('names %s the same on its pages, in search results and filters, in the header, on its index and in the open data', (name) => {
		const { label, plural, route } = collections[name];
		const pages = indexed.filter(({ path }) => path.startsWith(sitePath(`/${route}/`)));
		for (const { path, tree } of pages) {
			expect(metaOf(tree, 'type'), path).toBe(label);
			expect(filtersOf(tree, 'type'), path).toEqual([label]);
			const kicker = element(mainOf(tree), 'kind label', (el) => is.class('kicker')(el));
			expect(textOf(kicker).split(' · ')[0], path).toBe(label);
		}
		for (const { path, tree } of indexed) {
			for (const group of elements(tree, (el) => el.tagName === 'h3' && attr(el, 'dataKind') === name)) expect(textOf(group), path).toBe(plural);
		}
		const navLink = elements(header, (el) => el.tagName === 'a' && attr(el, 'href') === sitePath(`/${route}/`));
		for (const link of navLink) expect(textOf(link)).toBe(plural);
		const index = readPage(`/${route}/`);
		expect(textOf(element(mainOf(index), '<h1>', is.tag('h1')))).toBe(plural);
		const data = JSON.parse(readFileOf('/data/index.json')) as { collections: { name: string; label: string }[] };
		expect(data.collections.find((c) => c.name === name)?.label).toBe(label);
	});

	it('reaches every kind a reader looks for from the header and the home page, and About from every footer', () => {
		const hrefs = (node: Element) => elements(node, is.tag('a')).map((a) => attr(a, 'href'));
		const homeMain = mainOf(home);
		for (const name of kinds.filter((n) => n !== 'letters' && n !== 'events')) {
			expect(hrefs(header), name).toContain(sitePath(`/${collections[name].route}/`));
			expect(hrefs(homeMain), name).toContain(sitePath(`/${collections[name].route}/`));
		}
		if (entries.events.length > 0) expect(hrefs(header)).toContain(sitePath('/timeline/'));
		for (const file of htmlFiles().filter((f) => elements(parseFile(f), is.class('site-footer')).length > 0)) {
			expect(hrefs(element(parseFile(file), 'footer', is.class('site-footer'))), pathOf(file)).toContain(sitePath('/about/'));
		}
		expect(textOf(footer)).toContain(collections.sources.plural);
		for (const word of ['Bibliography', 'Attachments', 'Editorial report', 'Editorial note', 'Annotation']) {
			expect(textOf(header) + textOf(footer), word).not.toContain(word);
		}
	});
});

describe('dates mean the thing’s date', () => {
	/** The years the content gives the things it is about; our own writing dates are not among them. */
	const yearOfPage = new Map<string, string | undefined>();
	for (const letter of entries.letters) yearOfPage.set(sitePath(pageOf('letters', letter.id)), String(letter.data['date']).slice(0, 4));
	for (const event of entries.events) yearOfPage.set(sitePath(pageOf('events', event.id)), String(event.data['date']).slice(0, 4));
	for (const report of entries.reports) {
		const letter = dataOf('letters', (report.data['attachedTo'] as Ref).id);
		yearOfPage.set(sitePath(pageOf('reports', report.id)), String(report.data['originalDate'] ?? letter['date']).slice(0, 4));
	}
	for (const note of entries.annotations) yearOfPage.set(sitePath(pageOf('annotations', note.id)), undefined);

	it.each([...yearOfPage.keys()])('files %s under the year of what it is about, or none for our own notes', (path) => {
		expect(filtersOf(readPage(path.slice(sitePath('/').length - 1)), 'year')).toEqual(yearOfPage.get(path) ? [yearOfPage.get(path)] : []);
	});

	it.skipIf(entries.reports.length === 0)('labels the date we wrote a summary as such', () => {
		for (const report of entries.reports) {
			expect(textOf(mainOf(readPage(pageOf('reports', report.id))))).toMatch(/summary written \w/);
		}
	});
});

describe('pages without repetition', () => {
	const entityPages = indexed.filter(({ tree }) => elements(tree, is.class('backlinks')).length > 0);

	it('never lists under "Mentioned in" what the page lists already, and keeps each group dated oldest first', () => {
		for (const { path, tree } of entityPages) {
			const main = mainOf(tree);
			const backlinks = element(main, 'backlinks', is.class('backlinks'));
			const inBacklinks = new Set(elements(backlinks, is.tag('a')).map((a) => attr(a, 'href')));
			const lists = elements(main, (el) => is.class('entity-list')(el) && !elements(backlinks, (b) => b === el).length);
			const elsewhere = lists.flatMap((list) => elements(list, is.tag('a')).map((a) => attr(a, 'href')));
			expect(
				elsewhere.filter((href) => inBacklinks.has(href)),
				path,
			).toEqual([]);
			for (const list of elements(backlinks, is.tag('ul'))) {
				const dates = elements(list, is.tag('li'))
					.map((li) => textOf(li))
					.flatMap((text) => (/\d{4}$/.test(text) ? [Date.parse(text.replace(/^.*?(\d{1,2} \w+ \d{4}|\w+ \d{4}|\d{4})$/, '$1'))] : []));
				expect(dates, path).toEqual([...dates].sort((a, b) => a - b));
			}
		}
	});

	it('keeps each index in the order it states: letters newest first, people by surname, questions dated oldest first then undated', () => {
		const hrefsOf = (path: string) =>
			elements(element(mainOf(readPage(path)), 'list', is.class('entity-list')), is.tag('a')).map((a) => attr(a, 'href'));
		expect(hrefsOf('/letters/')).toEqual(letterIds.map((id) => sitePath(pageOf('letters', id))));
		const people = [...entries.people].sort((a, b) => String(a.data['sortName']).localeCompare(String(b.data['sortName']), 'pl'));
		expect(textOf(mainOf(readPage('/people/')))).toMatch(/by surname/);
		expect(hrefsOf('/people/')).toEqual(people.map((p) => sitePath(pageOf('people', p.id))));
		const questions = hrefsOf('/questions/');
		const dates = questions.map(
			(href) => entries.questions.find((q) => sitePath(pageOf('questions', q.id)) === href)?.data['date'] as string | undefined,
		);
		const firstUndated = dates.findIndex((date) => !date);
		if (firstUndated >= 0) expect(dates.slice(firstUndated).every((date) => !date)).toBe(true);
		const dated = dates.filter(Boolean) as string[];
		expect(dated).toEqual([...dated].sort());
		expect(textOf(mainOf(readPage('/questions/')))).toMatch(/oldest first, then the undated ones/);
	});

	it('does not list again under "Sources" a source the footnotes already cite', () => {
		for (const { path, tree } of indexed) {
			const footnotes = elements(tree, (el) => el.tagName === 'section' && is.attr('dataFootnotes')(el));
			const sources = elements(tree, (el) => el.tagName === 'section' && is.class('sources')(el));
			if (footnotes.length === 0 || sources.length === 0) continue;
			const cited = new Set(footnotes.flatMap((section) => elements(section, is.tag('a')).map((a) => attr(a, 'href'))));
			const listed = sources.flatMap((section) => elements(section, is.tag('a')).map((a) => attr(a, 'href')));
			expect(
				listed.filter((href) => cited.has(href)),
				path,
			).toEqual([]);
		}
	});

	it('shows at most three back-links after a footnote; more fold into "Cited n times"', () => {
		for (const { path, tree } of indexed) {
			for (const note of elements(tree, (el) => el.tagName === 'li' && attr(el, 'id').startsWith('user-content-fn-'))) {
				const folded = elements(note, is.class('footnote-backrefs'));
				const open =
					elements(note, is.attr('dataFootnoteBackref')).length - folded.flatMap((d) => elements(d, is.attr('dataFootnoteBackref'))).length;
				expect(open, `${path}#${attr(note, 'id')}`).toBeLessThanOrEqual(3);
				for (const details of folded)
					expect(textOf(element(details, 'summary', is.tag('summary')))).toBe(
						`Cited ${elements(details, is.attr('dataFootnoteBackref')).length} times`,
					);
			}
		}
	});
});

describe('the About page', () => {
	const about = mainOf(readPage('/about/'));
	const text = textOf(about);

	it('says who publishes the edition, what is verbatim, what "unconfirmed" and "sources disagree" mean, and every status of a claim or request', () => {
		expect(text).toContain(site.publisher);
		expect(text).toMatch(/verbatim/);
		expect(element(about, 'status vocabulary', is.id('status-vocabulary'))).toBeDefined();
		expect(text).toMatch(/Unconfirmed/);
		expect(text).toMatch(/Sources disagree/);
		for (const status of Object.values(claimStatuses))
			expect(textOf(element(about, 'status vocabulary', is.id('status-vocabulary')))).toContain(status.label);
	});

	it('lists every correction with its date and the pages it changed, newest first', () => {
		const items = elements(about, (el) => el.tagName === 'li' && elements(el, is.tag('time')).length > 0);
		expect(items).toHaveLength(corrections.length);
		const dates = items.map((li) => attr(element(li, 'time', is.tag('time')), 'dateTime'));
		expect(dates).toEqual([...dates].sort().reverse());
		for (const [i, correction] of [...corrections].sort((a, b) => b.date.localeCompare(a.date)).entries()) {
			const hrefs = elements(items[i]!, is.tag('a')).map((a) => attr(a, 'href'));
			const pages = Object.entries(correction.pages).flatMap(([collection, refs]) =>
				(refs ?? []).map((ref: { id: string }) => sitePath(pageOf(collection as CollectionName, ref.id))),
			);
			expect(hrefs.sort()).toEqual(pages.sort());
		}
		if (corrections.length === 0) expect(text).toContain('No corrections have been published');
	});

	it('says how to report an error, or that no way has been given, without inventing an address', () => {
		const contact = site.contact as string | undefined;
		if (contact) expect(text).toContain(contact);
		else {
			expect(text).toMatch(/not yet given a way to report an error/);
			expect(elements(about, (el) => el.tagName === 'a' && attr(el, 'href').startsWith('mailto:'))).toEqual([]);
		}
	});

	it('gives the date of the last update, derived from the content', () => {
		const written = entries.reports.map((report) => String(report.data['date']));
		const latest = [...corrections.map((c) => c.date), ...written].sort().at(-1);
		const shown = elements(about, is.tag('time')).map((t) => attr(t, 'dateTime'));
		if (latest) expect(shown[0]).toBe(latest);
	});
});

function readFileOf(path: string): string {
	return readFileSync(fileOf(sitePath(path))!, 'utf8');
}
