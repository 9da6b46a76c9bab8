/**
 * The order of letters, wherever they are listed (pages, tests, the benchmark): newest first, then by id.
 * Plain functions over anything with an id and a date, so code outside Astro's store uses the same rule.
 */
interface DatedEntry {
	id: string;
	data: { date?: unknown };
}

/** The letters, newest first; letters of one day by id. */
export function newestFirst<L extends DatedEntry>(letters: readonly L[]): L[] {
	return [...letters].sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)) || a.id.localeCompare(b.id));
}

/** The letter the home page leads with: the featured one (site.yaml's `featuredLetter`), else the newest. */
export function featuredOf<L extends DatedEntry>(newest: readonly L[], featuredId: string | undefined): L | undefined {
	return newest.find((letter) => letter.id === featuredId) ?? newest[0];
}
