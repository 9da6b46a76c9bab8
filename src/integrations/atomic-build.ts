import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * Makes `astro build` all-or-nothing: Astro writes into a staging folder, and only a build that got
 * through every step (pages, search index) replaces the real output folder, in one rename.
 * A failed build leaves the previous site exactly as it was. List it last, so it runs after the others.
 */
export function atomicBuild(): AstroIntegration {
	let finalDir = '';
	let stagingDir = '';
	return {
		name: 'odf:atomic-build',
		hooks: {
			'astro:config:setup': async ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				finalDir = fileURLToPath(config.outDir);
				const staging = new URL(`../.${config.outDir.pathname.split('/').filter(Boolean).pop()}-staging/`, config.outDir);
				stagingDir = fileURLToPath(staging);
				await rm(stagingDir, { recursive: true, force: true });
				updateConfig({ outDir: staging });
			},
			'astro:build:done': async ({ logger }) => {
				const previous = `${finalDir.replace(/\/$/, '')}.previous`;
				await rm(previous, { recursive: true, force: true });
				if (existsSync(finalDir)) await rename(finalDir, previous);
				await rename(stagingDir, finalDir);
				await rm(previous, { recursive: true, force: true });
				logger.info(`published ${finalDir}`);
			},
		},
	};
}
