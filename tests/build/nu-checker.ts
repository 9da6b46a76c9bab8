import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { findJava, minimumJava } from './ensure-java.mjs';

/** The W3C Nu HTML Checker, from the exact-pinned vnu-jar package; run with our Java, never its launcher. */
export const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * C1 compilation only: a run of seconds gains more from quick compiling than from peak speed (it
 * halves the time). That compiler's deeper frames need a bigger stack than the default, which
 * vnu.jar then reports as a StackOverflowError instead of checking.
 */
const jvmOptions = ['-XX:TieredStopAtLevel=1', '-Xss4m'];

/** One message of the checker's JSON output (only what we read of it). */
interface NuMessage {
	/** `error`, `info` (warnings too), or `non-document-error` (e.g. a file it could not read). */
	type: string;
	url?: string;
	firstLine?: number;
	lastLine?: number;
	firstColumn?: number;
	message: string;
}

/** An error, where it is: `file` relative to the working folder, `line` and `column` from 1. */
export interface NuError {
	file: string;
	line: number;
	column: number | undefined;
	message: string;
}

export interface NuReport {
	/** The files the checker says it read (its --verbose list), as given. */
	checked: string[];
	/** Every error-level and non-document message; no warnings or info. */
	errors: NuError[];
}

/**
 * Checks HTML and CSS files with the Nu HTML Checker in one JVM (one start-up for the whole site).
 * Throws when there is no Java or when the checker itself fails: never an empty, passing report.
 */
export async function nuCheck(files: string[]): Promise<NuReport> {
	const java = findJava();
	if (!java) {
		throw new Error(`The Nu HTML Checker needs Java ${minimumJava} or later and none was found: run \`node tests/build/ensure-java.mjs\`.`);
	}
	// --exit-zero-always: errors in pages are data here; a non-zero exit means the checker failed.
	const args = ['--errors-only', '--no-langdetect', '--also-check-css', '--format', 'json', '--verbose', '--exit-zero-always'];
	const { stdout, stderr } = await promisify(execFile)(java, [...jvmOptions, '-jar', vnuJar, ...args, ...files], {
		maxBuffer: 64 * 1024 * 1024,
	});
	// The JSON report is on stderr, after anything the JVM prints first (e.g. "Picked up JAVA_TOOL_OPTIONS").
	const start = stderr.search(/^\{/m);
	let messages: NuMessage[];
	try {
		messages = (JSON.parse(stderr.slice(start < 0 ? stderr.length : start)) as { messages: NuMessage[] }).messages;
	} catch {
		throw new Error(`The Nu HTML Checker gave no JSON report:\n${stderr.slice(0, 4000)}`);
	}
	return {
		checked: stdout.split('\n').filter(Boolean),
		errors: messages.filter((m) => m.type !== 'info').map(located),
	};
}

/**
 * Where a message points. With --also-check-css, vnu 26.9.27 counts the lines of HTML files from 0
 * (CSS files from 1, as without the option); the canary test in html-validity.test.ts checks this.
 */
function located(m: NuMessage): NuError {
	const file = m.url ? relative(process.cwd(), fileURLToPath(m.url)) : '(no file)';
	const line = (m.firstLine ?? m.lastLine ?? 0) + (file.endsWith('.css') ? 0 : 1);
	return { file, line: Math.max(line, 1), column: m.firstColumn, message: m.message };
}

/** An error as `file:line:column: message`; pages are mostly one long line, so the column matters. */
export function formatError({ file, line, column, message }: NuError): string {
	return `${file}:${line}${column ? `:${column}` : ''}: ${message}`;
}
