import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPolicy } from '../../src/lib/page-policy.ts';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
/** A policy as Astro writes it: every inline script and style of the site, hashed. */
const sitePolicy = `default-src 'self';form-action 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha('a()')} ${sha('b()')} ${sha('c()')}; style-src 'self' ${sha('p{}')} ${sha('q{}')};`;
const page = (body: string) => `<html><head><meta http-equiv="content-security-policy" content="${sitePolicy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)?.[1];

describe('narrowPolicy', () => {
	it("keeps only the hashes of the page's own inline scripts and styles, and every other source", () => {
		const html = page('<style>q{}</style><script type="module">b()</script>');
		expect(policyOf(narrowPolicy(html))).toBe(
			`default-src 'self';form-action 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha('b()')}; style-src 'self' ${sha('q{}')};`,
		);
	});

	it('hashes a script that runs but not a data block or a script loaded from a file', () => {
		const html = page('<script>a()</script><script type="application/ld+json">{"x":1}</script><script type="module" src="/x.js"></script>');
		expect(policyOf(narrowPolicy(html))).toBe(
			`default-src 'self';form-action 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha('a()')}; style-src 'self';`,
		);
	});

	it("hashes code the site's policy did not list, so a page's policy never forbids its own code", () => {
		expect(policyOf(narrowPolicy(page('<script>new()</script>')))).toContain(sha('new()'));
	});

	it('leaves a page without a policy as it is', () => {
		const html = '<html><body><script>a()</script></body></html>';
		expect(narrowPolicy(html)).toBe(html);
	});
});
