import { z } from 'zod';
import { httpsUrl, text, type ReferenceFactory } from './shared.ts';

/** A person the letter or its annotations name. Names keep their diacritics. */
export const personSchema = (ref: ReferenceFactory) =>
	z.strictObject({
		/** Full name as written in the letter, e.g. `Jadwiga Wiśniewska`. */
		name: text,
		/** Name used for sorting lists, surname first. */
		sortName: text,
		/** One line on who they are, in our words, true at the time of the letter. */
		description: text,
		/** For MEPs: national party, where the research notes give it. */
		nationalParty: text.optional(),
		/** For MEPs: the member state they were elected in. */
		memberState: text.optional(),
		/** For MEPs: their page on the European Parliament site, only when the id was confirmed. */
		officialUrl: httpsUrl.optional(),
		/** Organisations they belong to or act for. */
		organizations: z.array(ref('organizations')).default([]),
		/** Sources for the facts on this page. */
		sources: z.array(ref('sources')).default([]),
	});
