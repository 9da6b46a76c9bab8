/**
 * `npm run check`: runs the content pipeline the build runs (read, parse, check, render) without
 * building, and prints every error as `file:line: field: what is wrong, what is expected`. Exit code 1 if any.
 */
import { errorCount, formatError } from '../src/pipeline/errors.ts';
import { loadContent } from '../src/pipeline/load.ts';
import { contentRoot as root } from '../src/pipeline/root.ts';

const { errors, fileCount, skipped } = await loadContent({ root, base: '/' });
// Said on every run, so a file an editor meant as content is never dropped without a word.
for (const file of skipped) console.log(`skipped ${file.path}: ${file.reason}, never content`);
for (const error of errors) console.error(formatError(error));
if (errors.length > 0) {
	console.error(`\n${errorCount(errors)}; nothing was built.`);
	process.exit(1);
}
console.log(`content ok: ${fileCount} files checked`);
