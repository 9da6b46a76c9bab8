import type { SiteConfig } from '../schemas/site.ts';

/** The publication's identity (content/site.yaml), read and checked once by astro.config.mjs and built into the pages. */
declare const __SITE_CONFIG__: SiteConfig;
export const site: SiteConfig = __SITE_CONFIG__;
