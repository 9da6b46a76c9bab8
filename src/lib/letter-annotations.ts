import { getCollection, type CollectionEntry } from 'astro:content';
import type { Element, Nodes, Root } from 'hast';
import { findQuote } from '../content/text-quote.ts';
import { annotatableText } from '../content/annotatable-text.ts';
import { annotate } from './annotate.ts';
import { annotationNote, noteLabel, noteMarker } from './annotation-note.ts';
import { resolveAll } from './entries.ts';
import { entryPath } from './routes.ts';
import { formatDate } from './format.ts';
import { renderedHtml, renderedTree } from './render.ts';

type Letter = CollectionEntry<'letters'>;
type Annotation = CollectionEntry<'annotations'>;

/** A W3C TextQuoteSelector as the page shows the passage: the quote and about 32 characters each side. */
export interface PageSelector {
	exact: string;
	prefix: string;
	suffix: string;
}

/** A letter's text with its notes in place, as its page prints it. */
export interface AnnotatedLetter {
	/** The body, with marks around quoted passages and notes beside them. */
	body: Root;
	/** The footnotes, which the page prints after the signature, as the original did at the foot of the page. */
	footnotes: Root;
	/** The letter's notes, in reading order: by where their quote sits. */
	annotations: Annotation[];
	/** For each note, its quote with the text around it on the page: what annotation tools anchor by. */
	selectors: Map<string, PageSelector>;
}

const annotated = new Map<string, Promise<AnnotatedLetter>>();

/**
 * The letter's rendered text with its annotations placed (see `annotate`), computed once per build for the
 * letter page and the annotation exports alike. The content pipeline has already checked that every quote
 * is found once; a quote that still cannot be placed is a bug, and fails the build naming the note's file.
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
	const tree = renderedTree(letter);
	const text = annotatableText(tree);
	const position = (a: Annotation) => {
		const match = findQuote(text, a.data);
		return match.found ? match.start : Number.MAX_SAFE_INTEGER;
	};
	const annotations = (await getCollection('annotations', (a) => a.data.target.id === letter.id))
		.map((annotation) => ({ annotation, at: position(annotation) }))
		.sort((a, b) => a.at - b.at || a.annotation.id.localeCompare(b.annotation.id))
		.map(({ annotation }) => annotation);
	const placements = await Promise.all(
		annotations.map(async (annotation, index) => {
			const sources = await resolveAll(annotation.data.sources);
			const label = noteLabel(index);
			return {
				id: annotation.id,
				quote: annotation.data,
				marker: noteMarker(annotation.id, label),
				note: annotationNote({
					id: annotation.id,
					label,
					title: annotation.data.title,
					motivation: annotation.data.motivation,
					bodyHtml: renderedHtml(annotation),
					// Each source's page here (its full reference, status and the original's address): the letter's first view stays light.
					sources: sources.map((source) => ({ label: sourceLabel(source, sources), url: entryPath('sources', source.id), unconfirmed: source.data.status === 'unconfirmed' })),
				}),
			};
		}),
	);
	const misses = annotate(tree, placements);
	if (misses.length > 0) {
		const files = misses.map((miss) => annotations.find((a) => a.id === miss.id)?.filePath ?? miss.id);
		throw new Error(`Annotations that cannot be placed in letters/${letter.id}: ${files.join(', ')}`);
	}
	const isFootnotes = (node: Root['children'][number]) => node.type === 'element' && 'dataFootnotes' in node.properties;
	const footnotes: Root = { type: 'root', children: tree.children.filter(isFootnotes) };
	const body: Root = { type: 'root', children: tree.children.filter((node) => !isFootnotes(node)) };
	const selectors = new Map([...pageSelectors(body), ...pageSelectors(footnotes)]);
	return { body, footnotes, annotations, selectors };
}

type Source = CollectionEntry<'sources'>;

/** A source as a note names it: its publisher, and its date or title when the note cites that publisher twice. */
function sourceLabel(source: Source, all: Source[]): string {
	const { publisher, date, title } = source.data;
	const same = all.filter((other) => other.data.publisher === publisher);
	if (same.length === 1) return publisher;
	const dated = date && same.filter((other) => other.data.date === date).length === 1;
	return dated ? `${publisher}, ${formatDate(date)}` : `${publisher}: ${title}`;
}

/** Characters of context on each side of a quote, as annotation tools take them. */
const contextLength = 32;

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The selector of each note placed in one region of the page (the body, or the footnotes): its quote as
 * the marks hold it, and the text just before and after it in the page's own text, the notes and
 * permalinks included, as a reader's browser (and an annotation tool) reads the page.
 */
function pageSelectors(region: Root): Map<string, PageSelector> {
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
		const annotation = node.type === 'element' && node.tagName === 'mark' ? (node as Element).properties.dataAnnotation : undefined;
		for (const child of node.children) walk(child, typeof annotation === 'string' ? annotation : mark);
	};
	walk(region, undefined);
	const text = pieces.join('');
	const selectors = new Map<string, PageSelector>();
	for (const [id, { start, end }] of spans) {
		selectors.set(id, {
			exact: collapse(text.slice(start, end)),
			prefix: collapse(text.slice(Math.max(0, start - contextLength), start)),
			suffix: collapse(text.slice(end, end + contextLength)),
		});
	}
	return selectors;
}
