import { z } from 'zod';
import { httpsUrl, language, partialDate, text } from './shared.ts';

/** A published source that a factual claim rests on (research notes in `shared/research/`). */
export const sourceSchema = z.strictObject({
	/** The title as the source gives it. */
	title: text,
	/** Who published it: an organisation, outlet or court. */
	publisher: text,
	/** Publication date when known; omitted, never guessed, when the source does not show one. */
	date: partialDate.optional(),
	/** Where a reader can check it. */
	url: httpsUrl,
	/** Language of the source, ISO 639-1. */
	language,
	/**
	 * `confirmed`: the fact was seen in the source; `unconfirmed`: inferred or second-hand,
	 * and shown as such on the site.
	 */
	status: z.enum(['confirmed', 'unconfirmed']),
	/** One editorial line on what the source is, in our words. */
	note: text.optional(),
});
