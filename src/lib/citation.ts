/**
 * "Cite this": one work in three forms — a citation a reader can paste into a text, BibTeX for
 * LaTeX users, and CSL-JSON for Zotero and other reference managers.
 */
import { formatDate } from './format.ts';

export interface Citable {
	/** Stable key: the entry's id. */
	id: string;
	title: string;
	/** Authors: organisations or people, as they should be printed. */
	authors: { literal: string }[];
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
	/** The day the reader looks at it, ISO. */
	accessed: string;
}

/** A full or partial ISO date as numbers, as BibTeX and CSL-JSON want it: `2014-07` → [2014, 7]. */
const dateParts = (date: string) => date.split('-').map(Number);

/** A citation in a common author–title–date style (close to Chicago notes-bibliography). */
export function plainCitation(work: Citable): string {
	const authors = work.authors.map((a) => a.literal).join(', ');
	const to = work.recipient ? ` Letter to ${work.recipient}.` : '';
	return `${authors}. “${work.title}.”${to} ${formatDate(work.date)}. ${work.publisher}. ${work.url} (accessed ${formatDate(work.accessed)}).`;
}

/** Escapes the characters BibTeX treats specially. */
const bib = (value: string) => value.replace(/([{}\\%&$#_])/g, '\\$1');

/** A BibTeX `@misc` entry (BibLaTeX readers get `@letter`/`@report` semantics from `type`). */
export function bibtex(work: Citable): string {
	const [year, month] = dateParts(work.date);
	const fields = [
		['author', work.authors.map((a) => `{${bib(a.literal)}}`).join(' and ')],
		['title', `{${bib(work.title)}}`],
		['year', String(year)],
		...(month ? [['month', String(month)]] : []),
		['howpublished', `\\url{${work.url}}`],
		['note', bib(`${work.type === 'letter' ? 'Letter' : 'Report'}${work.recipient ? ` to ${work.recipient}` : ''}; ${work.publisher}; accessed ${work.accessed}`)],
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
				title: work.title,
				author: work.authors,
				...(work.recipient ? { recipient: [{ literal: work.recipient }] } : {}),
				issued: { 'date-parts': [dateParts(work.date)] },
				publisher: work.publisher,
				URL: work.url,
				accessed: { 'date-parts': [dateParts(work.accessed)] },
			},
		],
		null,
		2,
	);
}
