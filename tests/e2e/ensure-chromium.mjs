// Makes sure a Chromium for the browser tests exists, from Debian's packages only: never downloads a
// browser build of its own (no `playwright install`). Silent when Chromium is already there.
import { execFileSync, spawnSync } from 'node:child_process';
import { chromiumCandidates, findChromium } from '../../tools/chromium.ts';

function hasAptGet() {
	return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function main() {
	if (findChromium()) return;
	if (process.getuid?.() === 0 && hasAptGet()) {
		console.log('Chromium not found: installing it with apt-get (Debian package "chromium").');
		execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
			stdio: 'inherit',
		});
		if (findChromium()) return;
	}
	console.error(
		[
			`The browser tests need Chromium, and none was found at: ${chromiumCandidates.join(', ')}.`,
			'Install it from your system packages, e.g. as root: apt-get update && apt-get install -y chromium',
			'or point CHROMIUM_PATH at an existing Chromium or Chrome binary, then run `npm run test:e2e` again.',
		].join('\n'),
	);
	process.exit(1);
}

main();
