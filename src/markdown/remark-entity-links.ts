import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { collections, pagePath, parseEntityLink, type CollectionName } from '../collections.ts';

export interface Options {
	/** The site's base path, normalised: `/` or `/brief/`. */
	base: string;
	/** The ids that exist in a collection; a link to any other id fails. Without it, links are only resolved. */
	idsOf?: ((collection: CollectionName) => ReadonlySet<string>) | undefined;
	/** Entries whose page is another's, by `collection/id`: a glossary term for a thing with its own page. */
	ownPages?: Readonly<Record<string, Mention>> | undefined;
}

/** An entity a document mentions, recorded for backlinks. */
export interface Mention {
	collection: CollectionName;
	id: string;
}

declare module 'vfile' {
	interface DataMap {
		/** What the document links to with entity links, in order of first mention. */
		mentions: Mention[];
	}
}

/**
 * Resolves links such as `[Jane Doe](person:jane-doe)` to the entity's page, fails on an
 * unknown id at the link's position, and records every mention in `file.data.mentions` so pages can
 * list backlinks without a second parse.
 */
export const remarkEntityLinks: Plugin<[Options], Root> = (options) => (tree, file) => {
	const mentions: Mention[] = [];
	// Inline links and reference definitions (`[x][ref]` … `[ref]: person:id`) alike.
	visit(tree, (node) => {
		if (node.type !== 'link' && node.type !== 'definition') return;
		const link = parseEntityLink(node.url);
		if (!link) return;
		if (options.idsOf && !options.idsOf(link.collection).has(link.id))
			file.fail(`link "${node.url}": no entry "${link.id}" in ${link.collection}`, node);
		// `term:npm` for a term whose thing has its own page leads, and counts as a mention, there.
		const { collection, id } = options.ownPages?.[`${link.collection}/${link.id}`] ?? link;
		node.url = `${options.base}${pagePath(collection, id)}`;
		if (node.type === 'link') describeVagueLink(node, collections[collection].label);
		if (!mentions.some((m) => m.collection === collection && m.id === id)) mentions.push({ collection, id });
	});
	file.data.mentions = mentions;
};

/** Link texts that say nothing of where they lead. */
const vagueTexts = new Set(['link', 'here', 'click here', 'this', 'more', 'read more']);

/**
 * A link whose text says nothing ("LINK", kept verbatim from the letter) gets a visually hidden
 * description of its target for screen readers and search engines; it is marked editorial
 * (`data-pagefind-ignore`), so it is neither indexed nor taken for the letter's words.
 */
function describeVagueLink(node: Link, label: string) {
	if (!vagueTexts.has(toString(node).trim().toLowerCase())) return;
	node.children.push({
		type: 'text',
		value: ` (${label.toLowerCase()})`,
		data: { hName: 'span', hProperties: { className: ['visually-hidden'], dataPagefindIgnore: '' } },
	});
}
