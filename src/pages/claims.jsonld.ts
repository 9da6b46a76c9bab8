import type { APIRoute } from 'astro';
import { jsonLdResponse } from '../lib/annotation-feed.ts';
import { claimFeed } from '../lib/claim-feed.ts';
import { claimsName } from '../lib/claims.ts';
import { allLetters } from '../lib/letters.ts';
import { withBase } from '../lib/routes.ts';
import { site } from '../lib/site.ts';

/** `/claims.jsonld`: every claim and request on every letter, as W3C Web Annotations with the motivation `assessing`. */
export const GET: APIRoute = async ({ site: address }) =>
	jsonLdResponse(await claimFeed(await allLetters(), withBase('claims.jsonld'), `${claimsName}: ${site.name}`, address));
