import { getCollection } from 'astro:content';
import { corrections } from './corrections.ts';

/**
 * The date of the publication's last update, derived from the content rather than typed: the latest of
 * its corrections and of the days its summaries were written (the editorial dates the content records).
 */
export async function lastUpdate(): Promise<string | undefined> {
	const written = (await getCollection('reports')).map((report) => report.data.date);
	return [...corrections.map((correction) => correction.date), ...written].sort().at(-1);
}
