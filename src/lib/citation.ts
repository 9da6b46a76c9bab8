/**
 * "Cite this": one work in three forms — a citation a reader can paste into a text, BibTeX for
 * LaTeX users, and CSL-JSON for Zotero and other reference managers.
 */
import { formatDate } from './format.ts';
import { unreadDate } from './unread-date.ts';

/** A person as citation styles want them (family name first in a bibliography), or an organisation's name. */
export type Author = { family: string; given: string } | { literal: string };

/** A person's author entry from their sort name (`Koj, Anna`), or a literal name when it has no comma. */
export function authorOf(sortName: string): Author {
	const [family, given] = sortName.split(/,\s*/, 2);
	return family && given ? { family, given } : { literal: sortName };
}

export { unreadDate };

export interface Citable {
	/** Stable key: the entry's id. */
	id: string;
	/**
	 * The work's title. A letter has none of its own: its citation describes it ("Letter to …"), and an
	 * editorial title is never printed as if it were the letter's.
	 */
	title: string;
	/** Authors: the people who signed or wrote it, or organisations. */
	authors: Author[];
	/** ISO date, full or partial. */
	date: string;
	/** Publisher of this web edition. */
	publisher: string;
	/** Absolute URL of the page. */
	url: string;
	/** CSL type: `letter` or `report`. */
	type: 'letter' | 'report';
	/** For a letter, who received it. */
	recipient?: string | undefined;
	/** The day the reader looks at it, ISO; unknown when the page is built (the page's script fills it in). */
	accessed?: string | undefined;
}

const inverted = (a: Author) => ('literal' in a ? a.literal : `${a.family}, ${a.given}`);
const natural = (a: Author) => ('literal' in a ? a.literal : `${a.given} ${a.family}`);

/** A full or partial ISO date as numbers, as BibTeX and CSL-JSON want it: `2014-07` → [2014, 7]. */
const dateParts = (date: string) => date.split('-').map(Number);

/** A citation in a common author–title–date style (close to Chicago notes-bibliography). */
export function plainCitation(work: Citable): string {
	const [first, ...others] = work.authors;
	const authors = [first ? inverted(first) : '', ...others.map(natural)].join(', ');
	const what = work.type === 'letter' ? `${describe(work)}, ${formatDate(work.date)}. In ${work.publisher}.` : `“${work.title}.” ${formatDate(work.date)}. ${work.publisher}.`;
	return `${authors}. ${what} ${work.url} (accessed ${work.accessed ? formatDate(work.accessed) : unreadDate}).`;
}

/** A letter's descriptive title, as citation styles give untitled letters: "Letter to …". */
const describe = (work: Citable) => (work.recipient ? `Letter to ${work.recipient}` : 'Letter');

/** Escapes the characters BibTeX treats specially. */
const bib = (value: string) => value.replace(/([{}\\%&$#_])/g, '\\$1');

/** A BibTeX `@misc` entry (BibLaTeX readers get `@letter`/`@report` semantics from `type`). */
export function bibtex(work: Citable): string {
	const [year, month] = dateParts(work.date);
	const fields = [
		['author', work.authors.map((a) => ('literal' in a ? `{${bib(a.literal)}}` : bib(inverted(a)))).join(' and ')],
		['title', `{${bib(work.type === 'letter' ? describe(work) : work.title)}}`],
		['year', String(year)],
		...(month ? [['month', String(month)]] : []),
		['howpublished', `\\url{${work.url}}`],
		['note', bib(`${work.type === 'letter' ? 'Letter' : 'Report'}${work.recipient ? ` to ${work.recipient}` : ''}; ${work.publisher}; accessed ${work.accessed ?? unreadDate}`)],
	];
	return `@misc{${work.id},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

/** One CSL-JSON item. */
export function cslJson(work: Citable): string {
	return JSON.stringify(
		[
			{
				id: work.id,
				type: work.type,
				title: work.type === 'letter' ? describe(work) : work.title,
				author: work.authors,
				...(work.recipient ? { recipient: [{ literal: work.recipient }] } : {}),
				issued: { 'date-parts': [dateParts(work.date)] },
				publisher: work.publisher,
				URL: work.url,
				...(work.accessed ? { accessed: { 'date-parts': [dateParts(work.accessed)] } } : {}),
			},
		],
		null,
		2,
	);
}
