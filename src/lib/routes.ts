import { pagePath, type CollectionName } from '../collections.ts';
import { withBase } from './base-path.ts';

export { withBase };

/** The URL of an entry's page, e.g. `/people/jane-doe/`. */
export function entryPath(collection: CollectionName, id: string, base?: string): string {
	return withBase(pagePath(collection, id), base);
}
