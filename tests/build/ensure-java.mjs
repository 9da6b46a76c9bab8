// Makes sure a Java runtime for the Nu HTML Checker (vnu.jar needs Java 17 or later) exists, from
// Debian's packages only: never downloads a runtime of its own (vnu-jar's postinstall downloader is
// denied in package.json's allowScripts, and the tests run vnu.jar with this Java, not through
// vnu-jar's launcher, which would download one). Silent when Java is already there.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const minimumJava = 17;

/** Where we look, in order: JAVA_HOME, then every folder of PATH. */
export function candidates() {
	const home = process.env.JAVA_HOME ? [join(process.env.JAVA_HOME, 'bin', 'java')] : [];
	const path = (process.env.PATH ?? '')
		.split(delimiter)
		.filter(Boolean)
		.map((dir) => join(dir, 'java'));
	return [...home, ...path];
}

function isExecutable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** The major version `java -version` reports (8 for "1.8.0", 17 for "17.0.15"), or undefined. */
export function javaVersion(java) {
	const { stdout = '', stderr = '' } = spawnSync(java, ['-version'], { encoding: 'utf8' });
	const match = /version "(?:1\.)?(\d+)/.exec(`${stderr}${stdout}`);
	return match ? Number(match[1]) : undefined;
}

/** The first Java that runs and is recent enough for vnu.jar, or undefined. */
export function findJava() {
	return candidates().find((java) => isExecutable(java) && (javaVersion(java) ?? 0) >= minimumJava);
}

function hasAptGet() {
	return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function main() {
	if (findJava()) return;
	if (process.getuid?.() === 0 && hasAptGet()) {
		console.log('Java not found: installing it with apt-get (Debian package "default-jre-headless").');
		execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless'], {
			stdio: 'inherit',
		});
		if (findJava()) return;
	}
	// One line per runtime, not per link to it (/bin/java and /usr/bin/java are often the same file).
	const runtimes = new Map(
		candidates()
			.filter(isExecutable)
			.map((java) => [realpathSync(java), java]),
	);
	const found = [...runtimes.values()].map((java) => `${java} (Java ${javaVersion(java) ?? '?'})`);
	console.error(
		[
			`The build-output tests run the Nu HTML Checker, which needs Java ${minimumJava} or later, and ${found.length ? `found only ${found.join(', ')}` : 'none was found in JAVA_HOME or on PATH'}.`,
			'Install it from your system packages, e.g. as root: apt-get update && apt-get install -y default-jre-headless',
			`or point JAVA_HOME at a Java ${minimumJava}+ runtime, then run \`npm run test:build\` again.`,
		].join('\n'),
	);
	process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
