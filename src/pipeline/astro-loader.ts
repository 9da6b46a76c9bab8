import type { Loader, LoaderContext } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import type { CollectionName } from '../collections.ts';
import { ContentCheckError, errorCount, formatError } from './errors.ts';
import { writeBodyFiles, type BodyFile } from './body-files.ts';
import { loadContent, type LoadedContent, type StoredMetadata } from './load.ts';
import { peakMegabytes } from './peak-memory.ts';
import { bodiesDirOf, cacheDirOf } from './root.ts';

let loading: { key: string; content: Promise<LoadedContent>; reported?: boolean } | undefined;

/** In `astro dev`, each collection's way to refill its store, run together after a change to any content file. */
const syncs = new Map<CollectionName, () => Promise<void>>();
const watched = new WeakSet<object>();

/** All content, loaded once per build however many collections ask; a change in dev loads it anew. */
function contentOnce(root: string, base: string, logger: LoaderContext['logger']): Promise<LoadedContent> {
	const key = `${root}\n${base}`;
	if (loading?.key !== key) {
		const content = loadContent({ root, base });
		loading = { key, content };
		void content.then(({ fileCount, skipped, timings }) => {
			const seconds = (ms: number) => (ms / 1000).toFixed(2);
			for (const file of skipped) logger.info(`skipped ${file.path}: ${file.reason}, never content`);
			logger.info(
				`${fileCount} files read and checked in ${seconds(timings.checks)} s, Markdown checked and rendered in ${seconds(timings.markdown)} s; peak memory ${peakMegabytes()} MB`,
			);
		});
	}
	return loading.content;
}

/**
 * The loader of every collection, a thin adapter: entries come from the one content pipeline (`load.ts`),
 * checked and rendered there, so Astro renders no Markdown itself, no page reads a content file or parses
 * HTML back, and the site publishes exactly what `npm run check` passed. Content with any error stops the
 * build before a page is written, with every error listed once.
 *
 * The store keeps what pages look up across entries: the data, what a body links to, a note's place in its
 * letter. Each body (as written, its HTML, its text, and the tree of one that pages build on) goes to a file of its own in the
 * cache folder, which only the pages that show it read: Astro bundles its whole store into the build and
 * parses it before the first page, so the bodies there cost about 0.2 s a megabyte (6 s of a 16 s build
 * at 1,000 reports), for text that one page each needs.
 */
export function contentLoader(collection: CollectionName, root: string): Loader {
	const bodiesDir = resolve(bodiesDirOf(cacheDirOf(root)));
	return {
		name: 'odf-content',
		load: async ({ store, config, logger, generateDigest, watcher }) => {
			const sync = async () => {
				const content = await contentOnce(root, config.base, logger);
				if (content.errors.length > 0) {
					// Every collection's loader fails alike; the list is printed once, as `npm run check` prints it.
					if (!loading!.reported) for (const error of content.errors) console.error(formatError(error));
					loading!.reported = true;
					throw new ContentCheckError(content.errors);
				}
				store.clear();
				const bodies: ({ id: string } & BodyFile)[] = [];
				for (const { id, data, body, path, rendered } of content.entries[collection]) {
					// A note's placement changes with its letter's text: the digest covers all the entry carries.
					const digest = generateDigest(JSON.stringify({ data, body, rendered }));
					const { text, tree, ...metadata } = rendered?.metadata ?? { text: '' };
					store.set({
						id,
						data,
						filePath: relative(process.cwd(), resolve(path)),
						digest,
						// The HTML is in the body file: pages take it from there (src/lib/render.ts), never from Astro's `render()`.
						...(rendered ? { rendered: { html: '', metadata: metadata as StoredMetadata } } : {}),
					});
					if (rendered) bodies.push({ id, digest, body: body ?? '', html: rendered.html, text, ...(tree ? { tree } : {}) });
				}
				writeBodyFiles(bodiesDir, collection, bodies);
			};
			await sync();
			if (watcher) watchContent(watcher, root, collection, sync, logger);
		},
	};
}

/** A change anywhere in the content folder loads everything again (a reference or a quote elsewhere may now fail). */
function watchContent(
	watcher: NonNullable<LoaderContext['watcher']>,
	root: string,
	collection: CollectionName,
	sync: () => Promise<void>,
	logger: LoaderContext['logger'],
) {
	syncs.set(collection, sync);
	if (watched.has(watcher)) return;
	watched.add(watcher);
	watcher.add(resolve(root));
	watcher.on('all', async (_event, path) => {
		if (!resolve(path).startsWith(resolve(root))) return;
		loading = undefined;
		try {
			for (const refill of syncs.values()) await refill();
		} catch (error) {
			if (!(error instanceof ContentCheckError)) throw error;
			logger.error(`${errorCount(error.contentErrors)}; the pages show the last good content`);
		}
	});
}
