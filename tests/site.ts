import { resolve } from 'node:path';
import { normalizeBase } from '../src/lib/base-path.ts';

/** The built site under test: `dist/`, or OUT_DIR as in `astro.config.mjs`. */
export const distDir = resolve(process.env.OUT_DIR ?? 'dist');

/** The base path the site was built for (BASE_PATH, as in `astro.config.mjs`). */
export const basePath = normalizeBase(process.env.BASE_PATH ?? '/');
