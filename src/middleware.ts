import { defineMiddleware } from 'astro:middleware';
import { narrowPolicy } from './lib/page-policy.ts';

/**
 * Each page's Content-Security-Policy lists the hashes of its own inline code only (see `narrowPolicy`),
 * narrowed as the page is rendered, in `astro dev` as in the build: no second pass over the written site.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	return new Response(narrowPolicy(await response.text()), response);
});
