/**
 * The one order of lists of things: dated things oldest first, then undated ones, each group by name
 * (people by surname). Each list says so in words (`orderStated`), so a reader knows what to expect.
 */
interface Orderable {
	/** The thing's own date, ISO or partial. */
	date?: string | undefined;
	/** What it is called. */
	title: string;
	/** How its name sorts, when not as written (a person's surname first). */
	sortName?: string | undefined;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares two things: dated before undated, older before newer, then by name. */
export function byDateThenName(a: Orderable, b: Orderable): number {
	if (a.date && b.date && a.date !== b.date) return a.date.localeCompare(b.date);
	if (Boolean(a.date) !== Boolean(b.date)) return a.date ? -1 : 1;
	return collator.compare(a.sortName ?? a.title, b.sortName ?? b.title);
}

/** The order in words, for the line above a list that mixes dated and undated things. */
export const orderStated = 'Dated items oldest first, then the undated ones; each by name.';
