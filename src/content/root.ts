/** Where the content lives, relative to the project root; tests and the benchmark build other folders (CONTENT_DIR). */
export const contentRoot = process.env.CONTENT_DIR ?? 'content';
