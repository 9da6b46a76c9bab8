import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { peakMegabytes } from '../pipeline/peak-memory.ts';

/**
 * Indexes the built site with Pagefind's Node API and writes the search bundle to `<outDir>/pagefind/`.
 * Any Pagefind error fails the build as one error; the service is always closed.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'odf:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { createIndex, close } = await import('pagefind');
				const outDir = fileURLToPath(dir);
				const started = performance.now();
				try {
					const { index, errors } = await createIndex({ forceLanguage: 'en' });
					if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: outDir });
					if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
					if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
					const seconds = ((performance.now() - started) / 1000).toFixed(2);
					logger.info(`indexed ${added.page_count} pages in ${seconds} s; peak memory ${peakMegabytes()} MB`);
				} catch (cause) {
					throw new Error('Search indexing failed', { cause });
				} finally {
					await close();
				}
			},
		},
	};
}
