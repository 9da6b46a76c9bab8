import { z } from 'zod';
import { httpsUrl, isoDate, language, partialDate, text } from './shared.ts';

/** A capture in a public web archive, e.g. the Wayback Machine. */
const archivedCopy = z.strictObject({
	/** The capture's address, e.g. `https://web.archive.org/web/20190312093000/https://example.org/a`. */
	url: httpsUrl,
	/** When the archive captured the page, as it writes it: 14 digits, `YYYYMMDDhhmmss`, in UTC. */
	timestamp: z.preprocess(
		(value) => (typeof value === 'number' ? String(value) : value),
		z.string().regex(/^\d{14}$/, "expected the archive's 14-digit timestamp YYYYMMDDhhmmss, e.g. 20190312093000"),
	),
});

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
	/**
	 * The day an editor last opened `url` and found the source there (`npm run sources -- --check` reports
	 * what it finds). Only a day someone observed: left out, never guessed.
	 */
	checked: isoDate.optional(),
	/**
	 * A copy kept by a public archive, as the archive itself gave it (`npm run sources -- --archive` asks the
	 * Internet Archive): never typed in from memory or built by hand.
	 */
	archived: archivedCopy.optional(),
});
