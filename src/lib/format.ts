/** How much of a date is known, by the parts it is written with: `2011`, `2014-10`, `2015-02-02`. */
const byPrecision = [
	new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
	new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
	new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
];

/** Formats `2015-02-02` as "2 February 2015", `2014-10` as "October 2014", `2011` as "2011". */
export function formatDate(date: string): string {
	// ISO dates without a time are read as UTC midnight, and printed in UTC: the day never shifts.
	return byPrecision[date.split('-').length - 1]!.format(new Date(date));
}

/** Formats a span such as 3–28 November 2014, sharing what the two ends share. */
export function formatDateRange(start: string, end?: string): string {
	if (!end || end === start) return formatDate(start);
	const [sy, sm, sd] = start.split('-');
	const [ey, em, ed] = end.split('-');
	// Not Intl's formatRange: it spaces the dash ("3 – 28 November 2014") and drops the first year across months.
	if (sd && ed && sy === ey && sm === em) return `${Number(sd)}–${formatDate(end)}`;
	return `${formatDate(start)} – ${formatDate(end)}`;
}

/** The year of an ISO or partial date, for search filters. */
export function yearOf(date: string): string {
	return date.slice(0, 4);
}

/** A quotation in curly quotes, once: a quote that already carries its own (“…”) is not wrapped again. */
export function quoted(text: string): string {
	return text.startsWith('“') && text.endsWith('”') ? text : `“${text}”`;
}
