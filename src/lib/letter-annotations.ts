import { getCollection, type CollectionEntry } from 'astro:content';
import type { Element, Nodes, Root } from 'hast';
import { collapseSpace } from '../pipeline/text-quote.ts';
import { annotate } from './annotate.ts';
import { annotationNote, noteLabel, noteMarker } from './annotation-note.ts';
import { claimTag, claimsOf, type ClaimEntry } from './claims.ts';
import { markClaims } from './mark-claims.ts';
import { resolveAll } from './entries.ts';
import { entryPath } from './routes.ts';
import { formatDate } from './format.ts';
import { bodyTree, renderedMetadata } from './render.ts';

type Letter = CollectionEntry<'letters'>;
type Annotation = CollectionEntry<'annotations'>;

/** A W3C TextQuoteSelector as the page shows the passage: the quote and about 32 characters each side. */
interface PageSelector {
	exact: string;
	prefix: string;
	suffix: string;
}

/** A letter's text with its notes in place, as its page prints it. */
interface AnnotatedLetter {
	/** The body, with marks around quoted passages and notes beside them. */
	body: Root;
	/** The footnotes, which the page prints after the signature, as the original did at the foot of the page. */
	footnotes: Root;
	/** The letter's notes, in reading order: by where their quote sits. */
	annotations: Annotation[];
	/** For each note, its quote with the text around it on the page: what annotation tools anchor by. */
	selectors: Map<string, PageSelector>;
	/** The letter's claims and requests, in reading order, and the same selectors for each (by claim id). */
	claims: ClaimEntry[];
	claimSelectors: Map<string, PageSelector>;
}

const annotated = new Map<string, Promise<AnnotatedLetter>>();

/**
 * The letter's rendered text with its annotations placed (see `annotate`), computed once per build for the
 * letter page and the annotation exports alike. The content pipeline found every quote once and handed
 * its placement to the store with the note; a note without one is a bug, and fails the build naming its file.
 */
export function annotatedLetter(letter: Letter): Promise<AnnotatedLetter> {
	let result = annotated.get(letter.id);
	if (!result) {
		result = annotateLetter(letter);
		annotated.set(letter.id, result);
	}
	return result;
}

async function annotateLetter(letter: Letter): Promise<AnnotatedLetter> {
	const tree = bodyTree(letter);
	/** Where the content pipeline found the note's quote; it refused the content had it found none. */
	const placementOf = (annotation: Annotation) => {
		const { placement } = renderedMetadata(annotation);
		if (!placement) throw new Error(`${annotation.filePath}: no place in letters/${letter.id}`);
		return placement;
	};
	const annotations = (await getCollection('annotations', (a) => a.data.target.id === letter.id))
		.map((annotation) => ({ annotation, at: placementOf(annotation).start }))
		.sort((a, b) => a.at - b.at || a.annotation.id.localeCompare(b.annotation.id))
		.map(({ annotation }) => annotation);
	const placements = await Promise.all(
		annotations.map(async (annotation, index) => {
			const sources = await resolveAll(annotation.data.sources);
			const label = noteLabel(index);
			return {
				id: annotation.id,
				...placementOf(annotation),
				marker: noteMarker(annotation.id, label),
				note: annotationNote({
					id: annotation.id,
					label,
					title: annotation.data.title,
					motivation: annotation.data.motivation,
					body: bodyTree(annotation).children,
					// Each source's page here (its full reference, status and the original's address): the letter's first view stays light.
					sources: sources.map((source) => ({
						label: sourceLabel(source, sources),
						url: entryPath('sources', source.id),
						unconfirmed: source.data.status === 'unconfirmed',
					})),
				}),
			};
		}),
	);
	annotate(tree, placements);
	// Claims and requests add no text, only spans around their passages: the notes' selectors are unchanged.
	const claims = await claimsOf(letter);
	const unplaced = markClaims(
		tree,
		claims.map((claim) => ({ id: claim.id, placement: renderedMetadata(claim).placement, tag: claimTag(claim) })),
	);
	if (unplaced.length > 0) throw new Error(`Claims that cannot be placed in letters/${letter.id}: ${unplaced.join(', ')}`);
	const isFootnotes = (node: Root['children'][number]) => node.type === 'element' && 'dataFootnotes' in node.properties;
	const footnotes: Root = { type: 'root', children: tree.children.filter(isFootnotes) };
	const body: Root = { type: 'root', children: tree.children.filter((node) => !isFootnotes(node)) };
	const selectors = new Map([...pageSelectors(body, noteMark), ...pageSelectors(footnotes, noteMark)]);
	const claimMark = (node: Element) => {
		const number = node.tagName === 'span' ? node.properties.dataClaim : undefined;
		return typeof number === 'number' || typeof number === 'string' ? claims[Number(number) - 1]?.id : undefined;
	};
	const claimSelectors = new Map([...pageSelectors(body, claimMark), ...pageSelectors(footnotes, claimMark)]);
	return { body, footnotes, annotations, selectors, claims, claimSelectors };
}

type Source = CollectionEntry<'sources'>;

/**
 * A source as a note names it: its publisher, and its date, or its place in the note's list (1, 2…), when the
 * note cites that publisher twice. Short, as a note's citations are: each links to the source's page, title and all.
 */
function sourceLabel(source: Source, all: Source[]): string {
	const { publisher, date } = source.data;
	const same = all.filter((other) => other.data.publisher === publisher);
	if (same.length === 1) return publisher;
	const dated = date && same.filter((other) => other.data.date === date).length === 1;
	return dated ? `${publisher}, ${formatDate(date)}` : `${publisher} (${same.indexOf(source) + 1})`;
}

/** Characters of context on each side of a quote, as annotation tools take them. */
const contextLength = 32;

/** The note a `<mark>` belongs to. */
const noteMark = (node: Element) =>
	node.tagName === 'mark' && typeof node.properties.dataAnnotation === 'string' ? node.properties.dataAnnotation : undefined;

/**
 * The selector of each note (or claim) placed in one region of the page (the body, or the footnotes): its
 * quote as the marks (`markOf` names whose an element is) hold it, and the text just before and after it in
 * the page's own text, the notes and permalinks included, as a reader's browser (and an annotation tool)
 * reads the page.
 */
function pageSelectors(region: Root, markOf: (node: Element) => string | undefined): Map<string, PageSelector> {
	const pieces: string[] = [];
	const spans = new Map<string, { start: number; end: number }>();
	let offset = 0;
	const walk = (node: Nodes, mark: string | undefined) => {
		if (node.type === 'text') {
			if (mark) {
				const span = spans.get(mark);
				spans.set(mark, { start: span?.start ?? offset, end: offset + node.value.length });
			}
			pieces.push(node.value);
			offset += node.value.length;
			return;
		}
		if (!('children' in node)) return;
		const own = node.type === 'element' ? markOf(node as Element) : undefined;
		for (const child of node.children) walk(child, own ?? mark);
	};
	walk(region, undefined);
	const text = pieces.join('');
	const selectors = new Map<string, PageSelector>();
	for (const [id, { start, end }] of spans) {
		selectors.set(id, {
			exact: collapseSpace(text.slice(start, end)),
			prefix: collapseSpace(text.slice(Math.max(0, start - contextLength), start)),
			suffix: collapseSpace(text.slice(end, end + contextLength)),
		});
	}
	return selectors;
}
