import type { Options } from 'rehype-external-links';

/**
 * What a link that leaves the site carries: `external`, which the style sheet marks, and `noreferrer`, so
 * the other site is not told which page the reader came from (the page-wide referrer policy says the same).
 */
export const externalRel = ['external', 'noreferrer'];

/**
 * rehype-external-links' options: http(s) links and protocol-relative ones (`//host/…`) leave the site;
 * paths, anchors and `mailto:` do not. It matches schemes as written: lower case, as content writes them.
 */
export const externalLinks: Options = { protocols: ['http', 'https'], rel: externalRel };
