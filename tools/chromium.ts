import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** Where we look, in order: an explicit CHROMIUM_PATH, then Debian's and Ubuntu's binaries. */
export const chromiumCandidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((path): path is string =>
	Boolean(path),
);

/** The first executable Chromium, or undefined. */
export function findChromium(): string | undefined {
	return chromiumCandidates.find((path) => {
		try {
			accessSync(path, constants.X_OK);
			return true;
		} catch {
			return false;
		}
	});
}

/** Chromium without anything that phones home; the profile is a fresh temporary folder each time. */
const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** A browser context with its own fresh profile; `close()` also removes the profile. */
export interface BrowserSession {
	context: BrowserContext;
	close(): Promise<void>;
}

/**
 * Launches the local Chromium (never a downloaded build) with a fresh profile. Requests that would
 * leave this machine are aborted, so a page that needs the network fails here too.
 */
export async function openBrowser(options: BrowserContextOptions = {}): Promise<BrowserSession> {
	const executablePath = findChromium();
	if (!executablePath) {
		throw new Error(`No Chromium at ${chromiumCandidates.join(', ')}: install Debian's "chromium" package or set CHROMIUM_PATH.`);
	}
	const profile = await mkdtemp(join(tmpdir(), 'odf-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		args: chromiumArgs,
		...options,
	});
	await context.route(
		(url) => url.hostname !== '127.0.0.1',
		(route) => route.abort('blockedbyclient'),
	);
	return {
		context,
		close: async () => {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		},
	};
}
