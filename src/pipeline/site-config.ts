import { join } from 'node:path';
import type { z } from 'zod';
import type { CollectionName } from '../collections.ts';
import { editorErrors } from '../schemas/editor-errors.ts';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';
import { decodeText } from './decode.ts';
import { issueError, type ContentError } from './errors.ts';
import { readContentFile, siteFileName } from './files.ts';
import { checkedReference } from './reference.ts';
import { parseYaml } from './yaml.ts';

/**
 * Reads and checks `site.yaml` with the reader every content file goes through. `idsOf` checks the
 * featured letter; without it (in `astro.config.mjs`, before content is loaded) any id is taken, and the
 * content pipeline reports a wrong one.
 */
export function readSiteConfig(
	root: string,
	idsOf?: (collection: CollectionName) => ReadonlySet<string>,
): { config?: SiteConfig | undefined; errors: ContentError[] } {
	const read = readCheckedYaml(
		join(root, siteFileName),
		siteSchema(checkedReference(idsOf)),
		"is missing; expected the site's name, short name, publisher and description",
	);
	return { config: read.data, errors: read.errors };
}

/**
 * Reads one YAML file of the content folder beside the collections (`site.yaml`, `corrections.yaml`) with
 * the reader every content file goes through, and checks it against its schema: errors name the line and
 * field. Without `missing`, a missing file is no error and gives no data.
 */
export function readCheckedYaml<T>(
	path: string,
	schema: z.ZodType<T>,
	missing?: string,
): { data?: T | undefined; errors: ContentError[]; lineOf?: (field: readonly (string | number)[]) => number } {
	const fail = (line: number, field: string, message: string) => ({ errors: [{ file: path, line, field, message }] });
	const read = readContentFile(path);
	if ('error' in read) {
		if (read.error.message !== 'is missing') return fail(1, 'file', read.error.message);
		return missing ? fail(1, 'file', missing) : { errors: [] };
	}
	const decoded = decodeText(read.bytes);
	if (!decoded.ok) return fail(decoded.line, 'file', decoded.message);
	const yaml = parseYaml(decoded.text);
	if (yaml.errors.length > 0) return { errors: yaml.errors.map((e) => ({ file: path, line: e.line, field: 'yaml', message: e.message })) };
	const parsed = schema.safeParse(yaml.data, { error: editorErrors });
	if (parsed.success) return { data: parsed.data, errors: [], lineOf: (field) => yaml.lineOf(field) };
	return { errors: parsed.error.issues.map((issue) => issueError(path, yaml.lineOf, issue)) };
}
