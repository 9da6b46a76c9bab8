import type { AstroIntegration } from 'astro';

/**
 * Says loudly, at the start and the end of a build, when the site has no public address: its canonical
 * links, citations and data point at the local preview (http://localhost:4321), which is right for
 * `npm start` and wrong for anything deployed. Set `url` in content/site.yaml or SITE_URL.
 */
export function siteAddress(address: string | undefined): AstroIntegration {
	const warning =
		'no public address: canonical links, citations and open data say http://localhost:4321. Fine for a local preview; before deploying, set `url` in content/site.yaml or build with SITE_URL=https://…';
	return {
		name: 'odf:site-address',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (!address) logger.warn(warning);
			},
			'astro:build:done': ({ logger }) => {
				if (!address) logger.warn(warning);
			},
		},
	};
}
