import type { AstroIntegration } from 'astro';
import { existsSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * Makes `astro build` all-or-nothing: Astro writes into a staging folder of its own (one per build
 * process), and only a build that got through every step
 * (pages, search index) replaces the real output folder, by renaming. A failed build leaves the
 * previous site exactly as it was, and its staging folder is removed when the process exits.
 * List it last, so it runs after the other integrations. (Astro's own scratch files live in the
 * project's `.astro/`: run one build at a time per checkout.)
 */
export function atomicBuild(): AstroIntegration {
	let finalDir = '';
	let stagingDir = '';
	return {
		name: 'odf:atomic-build',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				finalDir = fileURLToPath(config.outDir).replace(/\/$/, '');
				const name = finalDir.split('/').pop();
				const staging = new URL(`../.${name}-staging-${process.pid}/`, config.outDir);
				stagingDir = fileURLToPath(staging);
				rmSync(stagingDir, { recursive: true, force: true });
				process.once('exit', () => rmSync(stagingDir, { recursive: true, force: true }));
				updateConfig({ outDir: staging });
			},
			'astro:build:done': async ({ logger }) => {
				const previous = `${finalDir}.previous-${process.pid}`;
				if (existsSync(finalDir)) await rename(finalDir, previous);
				await rename(stagingDir, finalDir);
				await rm(previous, { recursive: true, force: true });
				logger.info(`published ${finalDir}`);
			},
		},
	};
}
