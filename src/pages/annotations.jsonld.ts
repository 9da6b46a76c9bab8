import type { APIRoute } from 'astro';
import { jsonLdResponse, annotationFeed } from '../lib/annotation-feed.ts';
import { allLetters } from '../lib/letters.ts';
import { withBase } from '../lib/routes.ts';
import { site } from '../lib/site.ts';

/** `/annotations.jsonld`: every note on every letter, as one W3C Web Annotation collection. */
export const GET: APIRoute = async ({ site: address }) =>
	jsonLdResponse(await annotationFeed(await allLetters(), withBase('annotations.jsonld'), `Editorial annotations: ${site.name}`, address));
