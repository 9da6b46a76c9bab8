import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PageCheck, Visit } from '../visits.ts';

/** The page's meta policy as directive → sources, and the scripts that come before it. */
function readPolicy(page: Page) {
	return page.evaluate(() => {
		const meta = document.querySelector<HTMLMetaElement>('meta[http-equiv="content-security-policy" i]');
		const directives: Record<string, string[]> = {};
		for (const part of (meta?.content ?? '').split(';')) {
			const [name, ...sources] = part.trim().split(/\s+/);
			if (name) directives[name.toLowerCase()] = sources;
		}
		// A meta policy governs only what the parser meets after it; data blocks (JSON-LD) do not run.
		const runnable = [...document.scripts].filter((el) => ['', 'module', 'text/javascript'].includes(el.type));
		const before = meta ? runnable.filter((el) => meta.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) : [];
		return { found: Boolean(meta), directives, before: before.map((el) => el.outerHTML.slice(0, 80)) };
	});
}

/** Every violation of the policy the tab's document reported (see initScript), and those Chromium logged. */
async function violations({ page, console }: Visit): Promise<string[]> {
	const events = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
	return [...events, ...console.filter((text) => /content.security.policy/i.test(text))];
}

/** A strict Content-Security-Policy in a meta tag of every page, and no violation of it while a reader uses the page. */
export const csp: PageCheck<{ policy: Awaited<ReturnType<typeof readPolicy>>; violations: string[] }> = {
	name: 'strict Content-Security-Policy in a meta tag, no violation',
	// Init scripts run before the page's own and are not subject to its policy: every document keeps a
	// list of the violations it reports.
	initScript: () => {
		const seen: string[] = [];
		Object.assign(window, { cspViolations: seen });
		document.addEventListener(
			'securitypolicyviolation',
			(e) => seen.push(`${e.effectiveDirective} refused ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`),
			true,
		);
	},
	collect: async (visit) => ({ policy: await readPolicy(visit.page), violations: await violations(visit) }),
	verify: ({ policy, violations }) => {
		expect(policy.found, 'a <meta http-equiv="content-security-policy">').toBe(true);
		expect(policy.directives['default-src']).toEqual(["'self'"]);
		expect(policy.directives['script-src'], 'script-src').toBeDefined();
		expect(policy.directives['script-src']).not.toContain("'unsafe-inline'");
		expect(policy.directives['script-src']).not.toContain("'unsafe-eval'");
		expect(policy.before, 'scripts before the policy escape it').toEqual([]);
		expect(violations).toEqual([]);
	},
	canary: async (visit) => {
		// An inline script added on purpose: refused, and reported.
		await visit.page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'document.body.dataset.inlineRan = "yes"';
			document.body.append(script);
		});
		expect(await visit.page.evaluate(() => document.body.dataset.inlineRan)).toBeUndefined();
		await expect.poll(async () => (await violations(visit)).join('\n')).toMatch(/script-src/);
	},
};
