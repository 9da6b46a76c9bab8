import { join } from 'node:path';
import type { CollectionName } from '../collections.ts';
import { correctionsSchema, type Correction } from '../schemas/correction.ts';
import type { ContentError } from './errors.ts';
import { checkedReference } from './reference.ts';
import { readCheckedYaml } from './site-config.ts';

/** The publication's corrections live beside its collections: `<content>/corrections.yaml` (none: no file). */
export const correctionsFileName = 'corrections.yaml';

/** Reads and checks the corrections; `idsOf` checks the pages they name (see `readSiteConfig`). */
export function readCorrections(root: string, idsOf?: (collection: CollectionName) => ReadonlySet<string>): { corrections: Correction[]; errors: ContentError[] } {
	const read = readCheckedYaml(join(root, correctionsFileName), correctionsSchema(checkedReference(idsOf)));
	return { corrections: read.data ?? [], errors: read.errors };
}
