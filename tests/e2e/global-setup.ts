import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../../tools/chromium.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the ring's one Chromium listens: each test file connects and opens a fresh context in it. */
		chromiumEndpoint: string;
		/** Set by vitest.letters.config.ts: the run is on the two-letter set, for what changes with the count. */
		letterCountOnly: boolean;
	}
}

/** One Chromium for the whole browser ring (starting one per test file cost about half a second each). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const chromium = await launchChromiumServer();
	project.provide('chromiumEndpoint', chromium.wsEndpoint());
	return () => chromium.close();
}
