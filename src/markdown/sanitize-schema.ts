import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/**
 * What Markdown may produce on this site: GitHub's allow-list (the one rehype-sanitize ships), plus the
 * hidden link descriptions of remark-entity-links. Raw HTML
 * in Markdown is refused by `npm run check` and, should any slip through, dropped here. Footnote ids
 * already carry remark-rehype's `user-content-` prefix, so they are not prefixed twice.
 */
export const sanitizeSchema: Schema = {
	...defaultSchema,
	clobber: [],
	attributes: {
		...defaultSchema.attributes,
		// The hidden description remark-entity-links gives a link whose text says nothing.
		span: [...(defaultSchema.attributes?.span ?? []), ['className', 'visually-hidden'], 'dataPagefindIgnore'],
	},
};
