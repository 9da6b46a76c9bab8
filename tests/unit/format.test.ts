import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, yearOf } from '../../src/lib/format.ts';

describe('formatDate', () => {
	it.each([
		['2015-02-02', '2 February 2015'],
		['2014-11-28', '28 November 2014'],
		['1999-07-01', '1 July 1999'],
		['2014-07', 'July 2014'],
		['2014-12', 'December 2014'],
		['2014', '2014'],
	])('writes %s as %j, saying no more than is known', (date, text) => {
		expect(formatDate(date)).toBe(text);
	});

	it('keeps the day whatever the time zone of the machine (dates are read and printed in UTC)', () => {
		// The first and last moments of a year are where an offset would show: 1 January could print as 31 December.
		expect(formatDate('2015-01-01')).toBe('1 January 2015');
		expect(formatDate('2014-12-31')).toBe('31 December 2014');
	});
});

describe('formatDateRange', () => {
	it.each([
		['2014-11-03', '2014-11-28', '3–28 November 2014'],
		['2014-11-17', '2014-11-18', '17–18 November 2014'],
		['2012-03-27', '2012-06-04', '27 March 2012 – 4 June 2012'],
		['2014-12-30', '2015-01-02', '30 December 2014 – 2 January 2015'],
		['2014-04', '2014-07', 'April 2014 – July 2014'],
		['2014-11', '2014-11-28', 'November 2014 – 28 November 2014'],
	])('writes %s to %s as %j', (start, end, text) => {
		expect(formatDateRange(start, end)).toBe(text);
	});

	it('writes one date when there is no end, or the end is the start', () => {
		expect(formatDateRange('2011-12-16')).toBe('16 December 2011');
		expect(formatDateRange('2011-12-16', '2011-12-16')).toBe('16 December 2011');
	});
});

describe('yearOf', () => {
	it.each(['2015-02-02', '2015-02', '2015'])('finds 2015 in %s', (date) => {
		expect(yearOf(date)).toBe('2015');
	});
});
