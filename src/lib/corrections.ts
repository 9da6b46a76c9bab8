import { collectionNames, type CollectionName } from '../collections.ts';
import type { Correction } from '../schemas/correction.ts';

/** The corrections (content/corrections.yaml), read and checked once by astro.config.mjs and built into the pages. */
declare const __CORRECTIONS__: Correction[];

/** The corrections, newest first; on the same day, in the order of the file. */
export const corrections: Correction[] = [...__CORRECTIONS__].sort((a, b) => b.date.localeCompare(a.date));

/** The pages a correction changed, in the registry's order of collections. */
export const pagesOf = (correction: Correction): { collection: CollectionName; id: string }[] =>
	collectionNames.flatMap((name): { collection: CollectionName; id: string }[] => correction.pages[name] ?? []);
