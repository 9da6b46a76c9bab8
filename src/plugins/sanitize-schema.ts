import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/**
 * What Markdown may produce on this site: GitHub's allow-list (the one rehype-sanitize ships). Raw HTML
 * in Markdown is refused by `npm run check` and, should any slip through, dropped here. Footnote ids
 * already carry remark-rehype's `user-content-` prefix, so they are not prefixed twice.
 */
export const sanitizeSchema: Schema = { ...defaultSchema, clobber: [] };
