/**
 * The editor's tools for sources that outlive their sites (`npm run sources`): ask the Internet Archive for a
 * capture of each source and record it in the source's YAML file, and report links that are dead or
 * redirected. They need the internet, so they never run in the build; the tests point them at a local fake.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

/** Where the archive's services are; the environment overrides them (the tests use a fake on 127.0.0.1). */
export interface ArchiveServices {
	/** The Wayback Availability API. @see https://archive.org/help/wayback_api.php */
	availability: string;
	/** Save Page Now: the page's address is appended. */
	save: string;
	/** Milliseconds to wait between two capture requests: the archive limits how fast anyone may ask. */
	saveDelay: number;
}

export function archiveServices(env: NodeJS.ProcessEnv = process.env): ArchiveServices {
	return {
		availability: env['WAYBACK_AVAILABILITY_URL'] ?? 'https://archive.org/wayback/available',
		save: env['WAYBACK_SAVE_URL'] ?? 'https://web.archive.org/save/',
		saveDelay: Number(env['WAYBACK_SAVE_DELAY_MS'] ?? 10_000),
	};
}

/** A capture as the archive gave it. */
export interface Capture {
	url: string;
	timestamp: string;
}

/** How long one request may take before it counts as failed. */
const timeout = () => AbortSignal.timeout(60_000);

/** The archive answers with `http://` capture addresses; the same capture is served over https, which the schema requires. */
const overHttps = (url: string) => url.replace(/^http:\/\//, 'https://');

/** A capture's address and timestamp from a Wayback path such as `/web/20190312093000/https://…`. */
function captureAt(address: string | null | undefined, base: string): Capture | undefined {
	if (!address) return undefined;
	const url = new URL(address, base);
	const match = /\/web\/(\d{14})\//.exec(url.pathname);
	return match ? { url: overHttps(url.href), timestamp: match[1]! } : undefined;
}

/**
 * The archive's capture of `url` closest to `date` (a full or partial ISO date; without one, the newest), or
 * undefined when it holds none that was served with a 2xx status.
 */
export async function closestCapture(url: string, date: string | undefined, services: ArchiveServices): Promise<Capture | undefined> {
	const query = new URL(services.availability);
	query.searchParams.set('url', url);
	if (date) query.searchParams.set('timestamp', date.replaceAll('-', ''));
	const response = await fetch(query, { signal: timeout() });
	if (!response.ok) throw new Error(`the availability API answered ${response.status} for ${url}`);
	const body = (await response.json()) as {
		archived_snapshots?: { closest?: { available?: boolean; url?: string; timestamp?: string; status?: string } };
	};
	const closest = body.archived_snapshots?.closest;
	if (!closest?.available || !closest.url || !/^\d{14}$/.test(closest.timestamp ?? '') || !closest.status?.startsWith('2')) return undefined;
	return { url: overHttps(closest.url), timestamp: closest.timestamp! };
}

/**
 * Asks Save Page Now to capture `url`, and returns the capture the archive names in its answer (the address it
 * redirects to, or its Content-Location), or undefined when it names none.
 */
export async function requestCapture(url: string, services: ArchiveServices): Promise<Capture | undefined> {
	const response = await fetch(`${services.save}${url}`, { signal: timeout() });
	await response.body?.cancel();
	if (!response.ok) return undefined;
	return captureAt(response.headers.get('content-location'), response.url) ?? captureAt(response.url, response.url);
}

/** A source file as the tools read it: its path, its parsed document (comments kept) and the fields they use. */
interface SourceFile {
	file: string;
	url: string;
	date: string | undefined;
	archived: boolean;
	document: ReturnType<typeof parseDocument>;
}

/** Every source YAML file under `<root>/sources`, in name order. */
export async function readSourceFiles(root: string): Promise<SourceFile[]> {
	const dir = join(root, 'sources');
	const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
	return Promise.all(
		names.map(async (name) => {
			const file = join(dir, name);
			const document = parseDocument(await readFile(file, 'utf8'));
			const url = document.get('url');
			if (typeof url !== 'string') throw new Error(`${file}: url: expected the source's address`);
			const date = document.get('date');
			return { file, url, date: date === undefined ? undefined : String(date), archived: document.has('archived'), document };
		}),
	);
}

/** Writes one field into a source file, leaving the rest of it (comments, order, quoting) as it was. */
async function record(source: SourceFile, key: string, value: unknown): Promise<void> {
	source.document.set(key, source.document.createNode(value));
	await writeFile(source.file, source.document.toString());
}

/** What happened to one source: the line the command prints. */
export interface Outcome {
	file: string;
	result: string;
}

/**
 * `--archive`: for each source without a recorded capture, the closest capture, or failing that a new one;
 * the archive's answer is written into the file as `archived: { url, timestamp }`.
 */
export async function archiveSources(root: string, services: ArchiveServices, log: (outcome: Outcome) => void = () => {}): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	const note = (outcome: Outcome) => (outcomes.push(outcome), log(outcome));
	let saved = 0;
	for (const source of await readSourceFiles(root)) {
		if (source.archived) {
			note({ file: source.file, result: 'already archived: kept' });
			continue;
		}
		try {
			let capture = await closestCapture(source.url, source.date, services);
			if (!capture) {
				if (saved++ > 0) await new Promise((done) => setTimeout(done, services.saveDelay));
				capture = await requestCapture(source.url, services);
			}
			if (!capture) {
				note({ file: source.file, result: 'no capture: the archive holds none and did not make one' });
				continue;
			}
			await record(source, 'archived', capture);
			note({ file: source.file, result: `archived: ${capture.url}` });
		} catch (error) {
			note({ file: source.file, result: `not archived: ${(error as Error).message}` });
		}
	}
	return outcomes;
}

/** What a link does when it is followed once. */
export type LinkState =
	{ state: 'ok'; status: number } | { state: 'redirected'; status: number; to: string } | { state: 'dead'; status?: number; reason: string };

/** Follows one link one step: a 2xx is alive, a 3xx says where it now points, anything else (or no answer) is dead. */
export async function checkLink(url: string): Promise<LinkState> {
	try {
		const response = await fetch(url, { redirect: 'manual', signal: timeout(), headers: { 'User-Agent': 'odf-letter-sources-check' } });
		await response.body?.cancel();
		if (response.status >= 200 && response.status < 300) return { state: 'ok', status: response.status };
		const location = response.headers.get('location');
		if (response.status >= 300 && response.status < 400 && location)
			return { state: 'redirected', status: response.status, to: new URL(location, url).href };
		return { state: 'dead', status: response.status, reason: `answered ${response.status}` };
	} catch (error) {
		return { state: 'dead', reason: ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message };
	}
}

/**
 * `--check`: follows every source's link; records `checked` (today) in the files of the links that answered,
 * and reports the dead and the redirected ones.
 */
export async function checkSources(
	root: string,
	log: (outcome: Outcome) => void = () => {},
	today = new Date().toISOString().slice(0, 10),
): Promise<(Outcome & LinkState)[]> {
	const outcomes: (Outcome & LinkState)[] = [];
	for (const source of await readSourceFiles(root)) {
		const link = await checkLink(source.url);
		if (link.state === 'ok') await record(source, 'checked', today);
		const result =
			link.state === 'ok'
				? `ok (${link.status})`
				: link.state === 'redirected'
					? `redirected (${link.status}) to ${link.to}`
					: `dead: ${link.reason}`;
		const outcome = { file: source.file, result, ...link };
		outcomes.push(outcome);
		log(outcome);
	}
	return outcomes;
}
