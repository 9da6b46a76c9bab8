/**
 * "Cite this": one work in three forms — a citation a reader can paste into a text, BibTeX for
 * LaTeX users, and CSL-JSON for Zotero and other reference managers — and the same work as the
 * Highwire and Dublin Core meta a reference manager reads from the page itself.
 */
import { formatDate } from './format.ts';

export interface Citable {
	/** Stable key: the entry's id. */
	id: string;
	title: string;
	/** Authors: organisations or people, as they should be printed. */
	authors: { literal: string }[];
	/** ISO date, full or partial; left out when unknown, never guessed. */
	date?: string | undefined;
	/** Publisher of this web edition. */
	publisher: string;
	/** Absolute URL of the page. */
	url: string;
	/** CSL type: `letter`, `report`, `document` (a written question) or `webpage` (an editorial note). */
	type: 'letter' | 'report' | 'document' | 'webpage';
	/** What kind of document it is, in words (CSL `genre`), e.g. `Written question`. */
	genre?: string | undefined;
	/** For a letter, who received it. */
	recipient?: string | undefined;
	/** The day the reader looks at it, ISO. */
	accessed: string;
	/** Language of the page, ISO 639-1. */
	language: string;
}

/** What a page says of the work it shows; the page's address, the publisher and the day are added by {@link citable}. */
export type CitableWork = Omit<Citable, 'accessed' | 'publisher' | 'url' | 'language'>;

/**
 * The work as every form cites it: "Cite this", the page's citation meta and (by the same inputs) its
 * JSON-LD. `url` is the page's absolute address.
 */
export function citable(work: CitableWork, url: string, publisher: string): Citable {
	// The build date: a static page cannot know the reader's day.
	return { ...work, publisher, url, accessed: new Date().toISOString().slice(0, 10), language: 'en' };
}

/** The author of the edition's own texts (reports, notes). */
export const editors = { literal: 'The editors of this edition' };

/** What a citation prints for a work without a known date. */
const undated = 'n.d.';

/** The work's kind in words, as the BibTeX note gives it. */
const kindOf = (work: Citable) => work.genre ?? { letter: 'Letter', report: 'Report', document: 'Document', webpage: 'Web page' }[work.type];

/** A full or partial ISO date as numbers, as BibTeX and CSL-JSON want it: `2014-07` → [2014, 7]. */
const dateParts = (date: string) => date.split('-').map(Number);

/** A citation in a common author–title–date style (close to Chicago notes-bibliography). */
export function plainCitation(work: Citable): string {
	// Without known authors a citation starts with its title, as style guides do for anonymous works.
	const authors = work.authors.length > 0 ? `${work.authors.map((a) => a.literal).join(', ')}. ` : '';
	const to = work.recipient ? ` Letter to ${work.recipient}.` : '';
	return `${authors}“${work.title}.”${to} ${work.date ? `${formatDate(work.date)}.` : undated} ${work.publisher}. ${work.url} (accessed ${formatDate(work.accessed)}).`;
}

/** Escapes the characters BibTeX treats specially. */
const bib = (value: string) => value.replace(/([{}\\%&$#_])/g, '\\$1');

/** A BibTeX `@misc` entry (BibLaTeX readers get `@letter`/`@report` semantics from `type`). */
export function bibtex(work: Citable): string {
	const [year, month] = work.date ? dateParts(work.date) : [];
	const fields = [
		['author', work.authors.map((a) => `{${bib(a.literal)}}`).join(' and ')],
		['title', `{${bib(work.title)}}`],
		...(year ? [['year', String(year)]] : []),
		...(month ? [['month', String(month)]] : []),
		['howpublished', `\\url{${work.url}}`],
		['note', bib(`${kindOf(work)}${work.recipient ? ` to ${work.recipient}` : ''}; ${work.publisher}; accessed ${work.accessed}`)],
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
				...(work.genre ? { genre: work.genre } : {}),
				author: work.authors,
				...(work.recipient ? { recipient: [{ literal: work.recipient }] } : {}),
				...(work.date ? { issued: { 'date-parts': [dateParts(work.date)] } } : {}),
				publisher: work.publisher,
				URL: work.url,
				language: work.language,
				accessed: { 'date-parts': [dateParts(work.accessed)] },
			},
		],
		null,
		2,
	);
}

/** One `<meta name content>` of the page's head. */
export interface MetaTag {
	name: string;
	content: string;
}

/**
 * The work as reference managers (Zotero, Mendeley, Google Scholar) read it from the page: Highwire Press
 * `citation_*` tags and Dublin Core `DC.*` tags, one tag per author. The same fields as {@link cslJson}.
 */
export function citationMeta(work: Citable): MetaTag[] {
	const tags = (name: string, values: (string | undefined)[]) => values.flatMap((content) => (content ? [{ name, content }] : []));
	const authors = work.authors.map((a) => a.literal);
	// Highwire wants slashes (2015/02/02); Dublin Core the ISO form. A partial date keeps only its known parts.
	const highwireDate = work.date?.replaceAll('-', '/');
	return [
		...tags('citation_title', [work.title]),
		...tags('citation_author', authors),
		...tags('citation_publication_date', [highwireDate]),
		...tags('citation_publisher', [work.publisher]),
		...tags('citation_public_url', [work.url]),
		...tags('citation_language', [work.language]),
		...tags('DC.title', [work.title]),
		...tags('DC.creator', authors),
		...tags('DC.date', [work.date]),
		...tags('DC.publisher', [work.publisher]),
		...tags('DC.identifier', [work.url]),
		...tags('DC.language', [work.language]),
		...tags('DC.type', ['Text']),
	];
}
