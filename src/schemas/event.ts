import { z } from 'zod';
import { inOrder, partialDate, text, type ReferenceFactory } from './shared.ts';

/** A dated event the letter or its annotations mention. */
export const eventSchema = (ref: ReferenceFactory) =>
	z
		.strictObject({
			/** Short name of the event. */
			title: text,
			/** When it happened (start); as precise as the sources allow. */
			date: partialDate,
			/** When it ended, for events that span days. */
			endDate: partialDate.optional(),
			/** Where. */
			place: text.optional(),
			/** What happened, in our words. */
			summary: text,
			/** Other dates that other sources give, shown beside `date` on the timeline. */
			disputedDates: z
				.array(
					z.strictObject({
						date: partialDate,
						/** Who says so. */
						source: ref('sources'),
						/** What exactly that source says, in our words. */
						note: text.optional(),
					}),
				)
				.default([]),
			/** People and organisations involved. */
			people: z.array(ref('people')).default([]),
			organizations: z.array(ref('organizations')).default([]),
			/** Sources for the date and the summary; at least one. */
			sources: z.array(ref('sources')).min(1, 'expected at least one source for a dated event'),
		})
		.refine((event) => !event.endDate || inOrder(event.date, event.endDate), {
			path: ['endDate'],
			error: 'the event ends before it starts; expected an endDate on or after date',
		});
