import { describe, expect, it } from 'vitest';
import { dataOf, entries, mentionsOf } from '../content.ts';

/**
 * An event page lists people and organisations under "Who was involved". The site may list someone
 * there only where a source places them in the event, so the event's own text must say so: each one is
 * linked from the event's text or named in it (a person by surname, an organisation by name or acronym).
 * A test cannot judge the source; it catches a list that says more than the page it stands on.
 */

type Ref = { id: string };

/** The event's own words: title, place, summary, the notes on disputed dates, and the body as a reader sees it. */
function ownText(event: (typeof entries.events)[number]): string {
	const data = event.data as { title: string; place?: string; summary: string; disputedDates: { note?: string }[] };
	return [data.title, data.place ?? '', data.summary, ...data.disputedDates.map((d) => d.note ?? ''), event.rendered?.metadata.text ?? ''].join('\n');
}

const wholeWords = (words: string) => new RegExp(`(?<![\\p{L}\\p{N}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');

/** The spellings that count as naming an entity: a person's surname (from `sortName`), an organisation's name or acronym. */
function namesOf(collection: 'people' | 'organizations', id: string): string[] {
	const data = dataOf(collection, id) as { name: string; sortName?: string; acronym?: string };
	if (collection === 'people') return [data.name, (data.sortName ?? data.name).split(',')[0]!.trim()];
	return [data.name, ...(data.acronym ? [data.acronym] : [])];
}

/** The entities an event lists as involved that its own text neither links nor names. */
function unplaced(event: (typeof entries.events)[number]): string[] {
	const text = ownText(event);
	const linked = mentionsOf('events', event.id);
	const missing: string[] = [];
	for (const collection of ['people', 'organizations'] as const) {
		for (const { id } of event.data[collection] as Ref[]) {
			const isLinked = linked.some((m) => m.collection === collection && m.id === id);
			const isNamed = namesOf(collection, id).some((name) => wholeWords(name).test(text));
			if (!isLinked && !isNamed) missing.push(`${collection}/${id}`);
		}
	}
	return missing;
}

describe('who was involved in an event', () => {
	const involving = entries.events.filter((event) => (event.data['people'] as Ref[]).length + (event.data['organizations'] as Ref[]).length > 0);

	it.skipIf(involving.length === 0).each(involving.map((event) => event.id))('%s names or links everyone it lists as involved', (id) => {
		const event = entries.events.find((e) => e.id === id)!;
		expect(unplaced(event), `listed under "Who was involved" in events/${id} but neither named nor linked in its text`).toEqual([]);
	});

	it('counts a name only as a whole word', () => {
		expect(wholeWords('EU').test('EU–Kazakhstan agreement')).toBe(true);
		expect(wholeWords('EU').test('a EUR 76,000 project')).toBe(false);
	});
});
