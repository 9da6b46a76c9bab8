/**
 * `npm run check`: runs the content pipeline the build runs (read, parse, check, render) without
 * building, and prints every error as `file:line: field: what is wrong, what is expected`. Exit code 1 if any.
 */
import { errorCount, formatError } from '../src/content/errors.ts';
import { loadContent } from '../src/content/load.ts';

const root = process.env.CONTENT_DIR ?? 'content';
const { errors, fileCount } = await loadContent({ root, base: '/' });
for (const error of errors) console.error(formatError(error));
if (errors.length > 0) {
	console.error(`\n${errorCount(errors)}; nothing was built.`);
	process.exit(1);
}
console.log(`content ok: ${fileCount} files checked`);
