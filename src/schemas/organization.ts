import { z } from 'zod';
import { httpsUrl, text, type ReferenceFactory } from './shared.ts';

/** An organisation, institution, body or state the letter names. */
export const organizationSchema = (ref: ReferenceFactory) =>
	z.strictObject({
		/** Name as the letter writes it. */
		name: text,
		/** Abbreviation the letter uses, e.g. `EEAS`. */
		acronym: text.optional(),
		/** What kind of body it is. */
		kind: z.enum(['ngo', 'coalition', 'union-of-states', 'eu-institution', 'un-body', 'state', 'state-body', 'political-group', 'political-party']),
		/** One line on what it is, in our words. */
		description: text,
		/** Its own website, when the research notes give one. */
		website: httpsUrl.optional(),
		/** A larger body it belongs to, e.g. a committee of the UN. */
		partOf: ref('organizations').optional(),
		/** Sources for the facts on this page. */
		sources: z.array(ref('sources')).default([]),
	});
