const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formats `2015-02-02` as "2 February 2015", `2014-10` as "October 2014", `2011` as "2011". */
export function formatDate(date: string): string {
	const [year, month, day] = date.split('-');
	if (!month) return year!;
	const monthName = months[Number(month) - 1];
	return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Formats a span such as 3–28 November 2014, sharing what the two ends share. */
export function formatDateRange(start: string, end?: string): string {
	if (!end || end === start) return formatDate(start);
	const [sy, sm, sd] = start.split('-');
	const [ey, em, ed] = end.split('-');
	if (sd && ed && sy === ey && sm === em) return `${Number(sd)}–${formatDate(end)}`;
	return `${formatDate(start)} – ${formatDate(end)}`;
}

/** The year of an ISO or partial date, for search filters. */
export function yearOf(date: string): string {
	return date.slice(0, 4);
}
