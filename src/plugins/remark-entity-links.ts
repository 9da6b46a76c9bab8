import { existsSync, readFileSync } from 'node:fs';
import type { Link, Root } from 'mdast';
import type { Plugin } from 'unified';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { entryPath, parseEntityLink } from '../lib/routes.ts';
import { unknownIdMessage } from '../lib/unknown-id.ts';
import type { CollectionName } from '../schemas/shared.ts';

export interface Options {
	/** The site's base path, e.g. `/` or `/brief/`. */
	base: string;
	/** What each collection's entries are called, to describe a link whose own text says nothing ("LINK"). */
	typeNames?: Partial<Record<CollectionName, string>>;
	/** The ids that exist in a collection. */
	idsOf: (collection: CollectionName) => Set<string>;
}

/** An entity a document mentions, recorded for backlinks. */
export interface Mention {
	collection: CollectionName;
	id: string;
}

/**
 * Resolves links such as `[Andrzej Duda](person:andrzej-duda)` to the entity's page, fails on an
 * unknown id with the file, line and the closest known ids, and records every mention in the frontmatter
 * (`mentions`) so pages can list backlinks without a second parse.
 */
export const remarkEntityLinks: Plugin<[Options], Root> = (options) => (tree, file) => {
	const mentions: Mention[] = [];
	// Inline links and reference definitions (`[x][ref]` … `[ref]: person:id`) alike.
	visit(tree, (node) => {
		if (node.type !== 'link' && node.type !== 'definition') return;
		const link = parseEntityLink(node.url);
		if (!link) return;
		const { collection, id } = link;
		const known = options.idsOf(collection);
		if (!known.has(id)) {
			const line = node.position && node.position.start.line + bodyOffset(file.path);
			file.fail(
				`${file.path}${line ? `:${line}` : ''}: link "${node.url}": ${unknownIdMessage(id, collection, known)}`,
				node,
			);
		}
		node.url = entryPath(collection, id, options.base);
		if (node.type === 'link') describeVagueLink(node, options.typeNames?.[collection]);
		if (!mentions.some((m) => m.collection === collection && m.id === id)) mentions.push({ collection, id });
	});
	recordMentions(file, mentions);
};

/** Lines before the Markdown body (Astro hands plugins the body alone), so errors give the file's own line. */
function bodyOffset(path: string | undefined): number {
	if (!path || !existsSync(path)) return 0;
	const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(readFileSync(path, 'utf8'));
	return frontmatter ? frontmatter[0].split('\n').length - 1 : 0;
}

/** Link texts that say nothing of where they lead. */
const vagueTexts = new Set(['link', 'here', 'click here', 'this', 'more', 'read more']);

/**
 * A link whose text says nothing ("LINK", kept verbatim from the letter) gets a visually hidden
 * description of its target for screen readers and search engines; it is marked editorial
 * (`data-pagefind-ignore`), so it is neither indexed nor taken for the letter's words.
 */
function describeVagueLink(node: Link, typeName: string | undefined) {
	if (!typeName || !vagueTexts.has(toString(node).trim().toLowerCase())) return;
	node.children.push({
		type: 'text',
		value: ` (${typeName.toLowerCase()})`,
		data: { hName: 'span', hProperties: { className: ['visually-hidden'], dataPagefindIgnore: '' } },
	});
}

function recordMentions(file: VFile, mentions: Mention[]) {
	const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
	data.astro ??= {};
	data.astro.frontmatter ??= {};
	data.astro.frontmatter.mentions = mentions;
}
