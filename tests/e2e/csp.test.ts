import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';
import { openPage, pageKinds, searchFromHeader, searchWord } from './pages.ts';

const run = useSiteInBrowser();

beforeAll(async () => {
	// Init scripts run before the page's own and are not subject to its policy: every document
	// keeps a list of the violations it reports.
	await run.browser.context.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { cspViolations: seen });
		document.addEventListener(
			'securitypolicyviolation',
			(e) => seen.push(`${e.effectiveDirective} refused ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`),
			true,
		);
	});
});

/** Opens a tab, does `act` in it, and returns every violation of the policy reported meanwhile. */
async function violationsDuring(act: (page: Page) => Promise<void>): Promise<string[]> {
	const page = await run.browser.context.newPage();
	const messages: string[] = [];
	page.on('console', (message) => {
		if (/content.security.policy/i.test(message.text())) messages.push(message.text());
	});
	try {
		await act(page);
		await page.waitForLoadState('networkidle');
		const events = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
		return [...events, ...messages];
	} finally {
		await page.close();
	}
}

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

describe('the Content-Security-Policy', () => {
	it('is in force and reports violations: an inline script added on purpose is refused and reported', async () => {
		const violations = await violationsDuring(async (page) => {
			await page.goto(run.site.url('/'));
			await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'document.body.dataset.inlineRan = "yes"';
				document.body.append(script);
			});
			expect(await page.evaluate(() => document.body.dataset.inlineRan)).toBeUndefined();
		});
		expect(violations.join('\n')).toMatch(/script-src/);
	});

	it.each(pageKinds)('%s page (%s): strict policy in a meta tag, no violation', async (_kind, path) => {
		let policy: Awaited<ReturnType<typeof readPolicy>> | undefined;
		const violations = await violationsDuring(async (page) => {
			await openPage(page, run.site.url(path));
			policy = await readPolicy(page);
		});
		expect(policy?.found, 'a <meta http-equiv="content-security-policy">').toBe(true);
		expect(policy?.directives['default-src']).toEqual(["'self'"]);
		expect(policy?.directives['script-src'], 'script-src').toBeDefined();
		expect(policy?.directives['script-src']).not.toContain("'unsafe-inline'");
		expect(policy?.directives['script-src']).not.toContain("'unsafe-eval'");
		expect(policy?.before, 'scripts before the policy escape it').toEqual([]);
		expect(violations).toEqual([]);
	});

	it('header search: focusing the box and typing loads Pagefind with no violation', async () => {
		const violations = await violationsDuring(async (page) => {
			await openPage(page, run.site.url('/'));
			await searchFromHeader(page, searchWord);
		});
		expect(violations).toEqual([]);
	});
});
