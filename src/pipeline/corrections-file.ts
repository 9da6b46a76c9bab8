import { join } from 'node:path';
import type { CollectionName } from '../collections.ts';
import { correctionsSchema, type Correction } from '../schemas/correction.ts';
import type { ContentError } from './errors.ts';
import { correctionsFileName } from './files.ts';
import { checkedReference } from './reference.ts';
import { readCheckedYaml } from './site-config.ts';

/** Reads and checks the corrections (`<content>/corrections.yaml`; none without the file); `idsOf` checks the pages they name (see `readSiteConfig`). */
export function readCorrections(
	root: string,
	idsOf?: (collection: CollectionName) => ReadonlySet<string>,
): { corrections: Correction[]; errors: ContentError[] } {
	const read = readCheckedYaml(join(root, correctionsFileName), correctionsSchema(checkedReference(idsOf)));
	return { corrections: read.data ?? [], errors: read.errors };
}
