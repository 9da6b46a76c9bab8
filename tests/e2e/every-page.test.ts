import { beforeAll, describe, inject, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';
import { a11y } from './page-checks/a11y.ts';
import { csp } from './page-checks/csp.ts';
import { privacy } from './page-checks/privacy.ts';
import { letterCountKinds } from './pages.ts';
import { openVisit, visitTargets, visitWidths, type PageCheck, type Visit } from './visits.ts';

/**
 * Every page kind, visited once at each width, with every whole-page check collected in that one visit
 * (see visits.ts). A new check: a PageCheck in page-checks/, added to this list. Each check leaves the tab as
 * it found it. Axe goes first: the second or so it takes is the time in which a late request or a policy
 * violation still shows before the checks that read them.
 */
const checks: PageCheck[] = [a11y, csp, privacy] as PageCheck[];

/** On the two-letter set (npm run test:letters), only the pages that change with how many letters there are. */
const targets = inject('letterCountOnly') ? visitTargets.filter((target) => letterCountKinds.includes(target.kind)) : visitTargets;
const home = { name: 'home page', kind: 'home', path: '/' };

const run = useSiteInBrowser();
let visitsDone = 0;

beforeAll(async () => {
	for (const check of checks) if (check.initScript) await run.browser.context.addInitScript(check.initScript);
});

// A check that cannot fail proves nothing: each one finds a fault planted in a page (once: what it finds does not hang on the width).
it.for(checks.filter((check) => check.canary))('$name: finds a fault planted on purpose in the home page', async (check) => {
	const visit = await openVisit(run, home, visitWidths[0]!);
	try {
		await check.canary!(visit);
	} finally {
		await visit.page.close();
	}
});

describe.each(visitWidths)('at %i px', (width) => {
	describe.each(targets)('$name', (target) => {
		const found = new Map<PageCheck, unknown>();
		let visit: Visit;
		beforeAll(async () => {
			visit = await openVisit(run, target, width);
			try {
				for (const check of checks) found.set(check, await check.collect(visit));
				visitsDone++;
			} finally {
				await visit.page.close();
			}
		});

		it.for(checks)('$name', (check) => check.verify(found.get(check), visit));
	});
});

describe('after every visit', () => {
	it.for(checks.flatMap((check) => check.afterVisits ?? []))('$name', async (entry, context) => {
		// A run filtered to some tests has not seen every page.
		if (visitsDone < targets.length * visitWidths.length) context.skip();
		await entry.run(run);
	});
});
