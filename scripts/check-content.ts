/**
 * Checks all content without building the site and prints every error as
 * `file:line: field: what is wrong, what is expected`. Exit code 1 if any.
 * Runs before every build (see package.json).
 */
import { readAllContent } from '../src/lib/content-files.ts';
import { checkContent, formatError } from '../src/lib/integrity.ts';

const files = readAllContent();
const errors = checkContent(files);
for (const error of errors) console.error(formatError(error));
if (errors.length > 0) {
	console.error(`\n${errors.length} content error${errors.length === 1 ? '' : 's'} in ${new Set(errors.map((e) => e.file)).size} file(s); nothing was built.`);
	process.exit(1);
}
console.log(`content ok: ${files.length} files checked`);
