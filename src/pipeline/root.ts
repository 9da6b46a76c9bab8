/** The content folder of the publication, relative to the project root. */
export const defaultContentRoot = 'content';

/** Where the content lives: read from CONTENT_DIR here only, as tests and the benchmark build other folders. */
export const contentRoot = process.env.CONTENT_DIR ?? defaultContentRoot;
