import { z } from 'zod';
import { httpsUrl, text, type ReferenceFactory } from './shared.ts';

/**
 * The publication's identity, in `content/site.yaml`: what every page, citation, feed and data export
 * says the site is. One file per content folder, so another publication (or a test's) brings its own.
 */
export const siteSchema = (ref: ReferenceFactory) =>
	z.strictObject({
		/** The site's name, as page titles end and the header shows it, e.g. `The ODF letter to Mogherini (2015)`. */
		name: text,
		/** A shorter name for tight places: the header on small screens, the search box. */
		shortName: text,
		/** Who publishes this edition, as citations name the publisher. */
		publisher: text,
		/** One or two sentences on what the site is, for the home page and search engines. */
		description: text,
		/** The letter the home page leads with; without one, the newest. */
		featuredLetter: ref('letters').optional(),
		/**
		 * The site's public address, e.g. `https://example.org/brief/` (the `SITE_URL` variable overrides it).
		 * Without one, canonical links and citations point at the local preview, and the build says so.
		 */
		url: httpsUrl.optional(),
		/**
		 * The licence of the editorial content (not of the letter or the sources it quotes), stated with the
		 * open data. Left out, the data says that no licence has been given, rather than guess one.
		 */
		license: z.strictObject({ name: text, url: httpsUrl }).optional(),
		/**
		 * Where readers report an error: an e-mail address or an https:// page. Left out, the About page
		 * says that no way to report one has been given, rather than invent one.
		 */
		contact: z.union([z.email({ error: 'expected an e-mail address or an https:// URL' }), httpsUrl]).optional(),
	});

export type SiteConfig = z.infer<ReturnType<typeof siteSchema>>;
