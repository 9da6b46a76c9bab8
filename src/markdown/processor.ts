import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { unified, type PluggableList } from 'unified';
import type { VFile } from 'vfile';
import { type CollectionName } from '../collections.ts';
import { externalLinks } from './external-links.ts';
import { rehypeFootnoteBackrefs } from './rehype-footnote-backrefs.ts';
import { rehypeParagraphPermalinks } from './rehype-paragraph-permalinks.ts';
import { remarkEntityLinks } from './remark-entity-links.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

interface MarkdownOptions {
	/** The site's base path, normalised: `/` or `/brief/`. */
	base: string;
	/** The ids that exist in each collection: an entity link to another id fails. */
	idsOf?: ((collection: CollectionName) => ReadonlySet<string>) | undefined;
	/** Entries whose page is another's (a glossary term for a thing with its own page): links lead there. */
	ownPages?: Readonly<Record<string, { collection: CollectionName; id: string }>> | undefined;
}

/** Letters get paragraph permalinks; other texts (notes shown inside a letter) must not, or ids would clash. */
const isLetter = (path: string) => path.split(/[\\/]/).at(-2) === 'letters';

/**
 * The site's one Markdown pipeline: GFM, entity links, sanitising, heading ids, external links,
 * footnote back-links, paragraph permalinks. `astro.config.mjs` hands these lists to Astro, and the
 * content loader renders with `createMarkdownProcessor`, built from the same lists.
 */
export function markdownPlugins(options: MarkdownOptions): {
	remarkPlugins: RemarkPlugins;
	rehypePlugins: RehypePlugins;
	remarkRehype: RemarkRehypeOptions;
} {
	return {
		remarkPlugins: [remarkGfm, [remarkEntityLinks, options]],
		// Sanitise first: it sees only what Markdown produced, before our own plugins add markup.
		rehypePlugins: [
			[rehypeSanitize, sanitizeSchema],
			rehypeSlug,
			[rehypeExternalLinks, externalLinks],
			rehypeFootnoteBackrefs,
			[rehypeParagraphPermalinks, { include: isLetter }],
		],
		remarkRehype: {
			footnoteLabel: 'Footnotes',
			footnoteBackLabel: (i: number, repeat: number) => `Back to reference ${i + 1}${repeat > 1 ? `-${repeat}` : ''}`,
		},
	};
}

/** The pipeline in three steps, so checks can read the Markdown tree and the HTML tree in between. */
interface MarkdownProcessor {
	/** Markdown text to its syntax tree (no plugin has run yet). */
	parse(file: VFile): MdastRoot;
	/** Runs every plugin: the Markdown tree (changed in place) to the HTML tree. */
	run(tree: MdastRoot, file: VFile): HastRoot;
	/** The HTML tree to HTML text. */
	stringify(tree: HastRoot): string;
}

export function createMarkdownProcessor(options: MarkdownOptions): MarkdownProcessor {
	const plugins = markdownPlugins(options);
	const processor = unified()
		.use(remarkParse)
		.use(plugins.remarkPlugins as PluggableList)
		.use(remarkRehype, plugins.remarkRehype)
		.use(plugins.rehypePlugins as PluggableList)
		.use(rehypeStringify)
		.freeze();
	return {
		parse: (file) => processor.parse(file) as MdastRoot,
		run: (tree, file) => processor.runSync(tree, file) as HastRoot,
		stringify: (tree) => processor.stringify(tree),
	};
}
