/** Edit distance between two short strings, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length]!;
}

/**
 * `no entry "x" in people; did you mean "y"? (14 known)`: names the missing id, the closest
 * known ones, and how many there are, without printing thousands of ids.
 */
export function unknownIdMessage(id: string, collection: string, known: Iterable<string>): string {
	const ids = [...known];
	if (ids.length === 0) return `no entry "${id}" in ${collection}; that collection is empty`;
	const closest = ids
		.map((candidate) => ({ candidate, d: distance(id, candidate) }))
		.sort((x, y) => x.d - y.d || x.candidate.localeCompare(y.candidate))
		.slice(0, 3)
		.map(({ candidate }) => `"${candidate}"`);
	return `no entry "${id}" in ${collection}; did you mean ${closest.join(' or ')}? (${ids.length} known)`;
}
