/**
 * `npm run sources -- --archive`: records an Internet Archive capture in each source file that has none.
 * `npm run sources -- --check`: reports dead and redirected source links, and records the day each live one was checked.
 * Both go online (run them by hand, never in the build); the services' addresses come from the environment
 * (WAYBACK_AVAILABILITY_URL, WAYBACK_SAVE_URL, WAYBACK_SAVE_DELAY_MS). Exit code 1 if a link is dead or a capture failed.
 */
import { contentRoot as root } from '../src/pipeline/root.ts';
import { archiveServices, archiveSources, checkSources, type Outcome } from './lib/source-links.ts';

const print = ({ file, result }: Outcome) => console.log(`${file}: ${result}`);
const mode = process.argv.slice(2).find((arg) => arg === '--archive' || arg === '--check');

if (mode === '--archive') {
	const outcomes = await archiveSources(root, archiveServices(), print);
	const failed = outcomes.filter((o) => /^(no capture|not archived)/.test(o.result)).length;
	console.log(`\n${outcomes.length - failed} of ${outcomes.length} sources have an archived copy recorded.`);
	process.exitCode = failed > 0 ? 1 : 0;
} else if (mode === '--check') {
	const outcomes = await checkSources(root, print);
	const count = (state: string) => outcomes.filter((o) => o.state === state).length;
	console.log(`\n${count('ok')} live, ${count('redirected')} redirected, ${count('dead')} dead, of ${outcomes.length} source links.`);
	process.exitCode = count('dead') > 0 ? 1 : 0;
} else {
	console.error('usage: npm run sources -- --archive | --check');
	process.exitCode = 2;
}
