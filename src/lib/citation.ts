/**
 * "Cite this": one work in three forms — a citation a reader can paste into a text (in the page), BibTeX for
 * LaTeX users and CSL-JSON for Zotero and other reference managers (files beside the page) — and the same
 * work as the Highwire and Dublin Core meta a reference manager reads from the page itself.
 */
import { formatDate } from './format.ts';
import { unreadDate } from './unread-date.ts';

/** The collections whose pages a reader may cite: each page has "Cite this", citation meta and its citation files. */
export const citableCollections = ['letters', 'reports', 'questions', 'annotations'] as const;
export type CitableCollection = (typeof citableCollections)[number];

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
	/**
	 * The day the reader looks at it, ISO; unknown when the site is built (the page's script fills it into the
	 * plain citation; the files leave it out, as a reference manager adds its own on import).
	 */
	accessed?: string | undefined;
	/** Language of the page, ISO 639-1. */
	language: string;
}

/** What a page says of the work it shows, and whose page it is; the page's address and the publisher are added by {@link citable}. */
export type CitableWork = Omit<Citable, 'accessed' | 'publisher' | 'url' | 'language'> & { collection: CitableCollection };

/**
 * The work as every form cites it: "Cite this", the page's citation meta and (by the same inputs) its
 * JSON-LD. `url` is the page's absolute address. No access date: the build's day is not the reader's.
 */
export function citable({ collection: _, ...work }: CitableWork, url: string, publisher: string): Citable {
	return { ...work, publisher, url, language: 'en' };
}

/** The author of the edition's own texts (reports, notes). */
export const editors = { literal: 'The editors of this edition' };

/** What a citation prints for a work without a known date. */
const undated = 'n.d.';

const inverted = (a: Author) => ('literal' in a ? a.literal : `${a.family}, ${a.given}`);
const natural = (a: Author) => ('literal' in a ? a.literal : `${a.given} ${a.family}`);

type Titled = Pick<Citable, 'type' | 'title' | 'recipient'>;

/** A letter's descriptive title, as citation styles give untitled letters: "Letter to …". */
const describe = (work: Titled) => (work.recipient ? `Letter to ${work.recipient}` : 'Letter');

/** The title every form prints (citations, meta, JSON-LD): a letter's description, or the work's own title. */
export const citationTitle = (work: Titled) => (work.type === 'letter' ? describe(work) : work.title);
const titleOf = citationTitle;

/** The work's kind in words, as the BibTeX note gives it. */
const kindOf = (work: Citable) => work.genre ?? { letter: 'Letter', report: 'Report', document: 'Document', webpage: 'Web page' }[work.type];

/** A full or partial ISO date as numbers, as BibTeX and CSL-JSON want it: `2014-07` → [2014, 7]. */
const dateParts = (date: string) => date.split('-').map(Number);

/**
 * A title in the citation's quotation marks: quotes inside it become single (‘…’), and it takes the style's
 * full stop only when it does not end in its own mark, so no ““…”” and no "?.".
 */
function quotedTitle(title: string): string {
	const inner = title.replace(/“/g, '‘').replace(/”/g, '’');
	return /[.?!]$/.test(inner) ? `“${inner}”` : `“${inner}.”`;
}

/** A citation in a common author–title–date style (close to Chicago notes-bibliography). */
export function plainCitation(work: Citable): string {
	const [first, ...others] = work.authors;
	// Without known authors a citation starts with its title, as style guides do for anonymous works.
	const authors = first ? `${[inverted(first), ...others.map(natural)].join(', ')}. ` : '';
	// "n.d." carries its own full stop.
	const date = work.date ? `${formatDate(work.date)}.` : undated;
	const what = work.type === 'letter' ? `${describe(work)}, ${date} In ${work.publisher}.` : `${quotedTitle(work.title)} ${date} ${work.publisher}.`;
	return `${authors}${what} ${work.url} (accessed ${work.accessed ? formatDate(work.accessed) : unreadDate}).`;
}

/** Escapes the characters BibTeX treats specially. */
const bib = (value: string) => value.replace(/([{}\\%&$#_])/g, '\\$1');

/** A BibTeX `@misc` entry (BibLaTeX readers get `@letter`/`@report` semantics from `type`). */
export function bibtex(work: Citable): string {
	const [year, month] = work.date ? dateParts(work.date) : [];
	const fields = [
		['author', work.authors.map((a) => ('literal' in a ? `{${bib(a.literal)}}` : bib(inverted(a)))).join(' and ')],
		['title', `{${bib(titleOf(work))}}`],
		...(year ? [['year', String(year)]] : []),
		...(month ? [['month', String(month)]] : []),
		['howpublished', `\\url{${work.url}}`],
		[
			'note',
			bib(`${kindOf(work)}${work.recipient ? ` to ${work.recipient}` : ''}; ${work.publisher}${work.accessed ? `; accessed ${work.accessed}` : ''}`),
		],
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
				title: titleOf(work),
				...(work.genre ? { genre: work.genre } : {}),
				author: work.authors,
				...(work.recipient ? { recipient: [{ literal: work.recipient }] } : {}),
				...(work.date ? { issued: { 'date-parts': [dateParts(work.date)] } } : {}),
				publisher: work.publisher,
				URL: work.url,
				language: work.language,
				...(work.accessed ? { accessed: { 'date-parts': [dateParts(work.accessed)] } } : {}),
			},
		],
		null,
		2,
	);
}

/**
 * The machine-readable forms, each a file beside the page it cites (`/letters/<id>/citation.bib`): the
 * page links them rather than carry them. A static host types a file by its extension.
 */
export const citationFiles = {
	bib: { label: 'BibTeX (.bib)', type: 'application/x-bibtex', text: bibtex },
	json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json', text: cslJson },
} as const;

/** The extension of a citation file: `bib`, `json`. */
export type CitationFormat = keyof typeof citationFiles;

/** One `<meta name content>` of the page's head. */
interface MetaTag {
	name: string;
	content: string;
}

/**
 * The work as reference managers (Zotero, Mendeley, Google Scholar) read it from the page: Highwire Press
 * `citation_*` tags and Dublin Core `DC.*` tags, one tag per author. The same fields as {@link cslJson}.
 */
export function citationMeta(work: Citable): MetaTag[] {
	const tags = (name: string, values: (string | undefined)[]) => values.flatMap((content) => (content ? [{ name, content }] : []));
	// Highwire reads "Family, Given" for a person; an organisation as its name.
	const authors = work.authors.map(inverted);
	const title = titleOf(work);
	// Highwire wants slashes (2015/02/02); Dublin Core the ISO form. A partial date keeps only its known parts.
	const highwireDate = work.date?.replaceAll('-', '/');
	return [
		...tags('citation_title', [title]),
		...tags('citation_author', authors),
		...tags('citation_publication_date', [highwireDate]),
		...tags('citation_publisher', [work.publisher]),
		...tags('citation_public_url', [work.url]),
		...tags('citation_language', [work.language]),
		...tags('DC.title', [title]),
		...tags('DC.creator', authors),
		...tags('DC.date', [work.date]),
		...tags('DC.publisher', [work.publisher]),
		...tags('DC.identifier', [work.url]),
		...tags('DC.language', [work.language]),
		...tags('DC.type', ['Text']),
	];
}
