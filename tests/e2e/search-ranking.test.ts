import { describe, expect, it } from 'vitest';
import { searchRanking } from '../../src/scripts/pagefind-components.ts';
import { basePath } from '../site.ts';
import { useSiteInBrowser } from './browser.ts';

const run = useSiteInBrowser();

interface Hit {
	path: string;
	type: string;
}

/** Runs in the page. Text, not a function: vitest would rewrite the dynamic import() of a function it compiles. */
const inPage = `async ([bundle, q, ranking]) => {
	const pagefind = await import(bundle + 'pagefind.js');
	await pagefind.options({ ranking });
	const search = await pagefind.search(q);
	const data = await Promise.all(search.results.map((r) => r.data()));
	return data.map((d) => ({ path: new URL(d.url, location.href).pathname, type: d.meta.type }));
}`;

/**
 * Runs a query through Pagefind's own API, with the ranking the site's search UI configures
 * (scripts/pagefind-components.ts), and returns every result in ranked order.
 */
async function ranked(q: string): Promise<Hit[]> {
	const page = await run.browser.context.newPage();
	try {
		await page.goto(run.site.url('/search/'));
		return (await page.evaluate(`(${inPage})(${JSON.stringify([`${basePath}pagefind/`, q, searchRanking])})`)) as Hit[];
	} finally {
		await page.close();
	}
}

const path = (p: string) => `${basePath}${p.replace(/^\//, '')}`;

describe('search across the letter and its reports', () => {
	it.each(['Dosmagambetov', 'Zhanaozen', 'National Preventive Mechanism', 'torture 2014'])('"%s" finds the letter and the reports', async (query) => {
		const hits = await ranked(query);
		expect(hits.map((h) => h.path)).toContain(path('/letters/odf-to-mogherini-2015-02-02/'));
		expect(hits.filter((h) => h.type === 'Report').length, `reports among ${hits.map((h) => h.path).join(', ')}`).toBeGreaterThan(0);
	});

	it('ranks the documents about Dosmagambetov, his case and its report, above pages that mention him', async () => {
		const top = (await ranked('Dosmagambetov')).slice(0, 2).map((h) => h.path);
		expect(top.sort()).toEqual([path('/cases/maksat-dosmagambetov/'), path('/reports/dosmagambetov-case-summary/')].sort());
	});

	it('ranks the page about the National Preventive Mechanism first for its name', async () => {
		const [first] = await ranked('National Preventive Mechanism');
		expect(first?.path).toBe(path('/organizations/kazakhstan-national-preventive-mechanism/'));
	});

	it('finds names typed without their diacritics, ł included', async () => {
		for (const [query, expected] of [
			['Wisniewska', '/people/jadwiga-wisniewska/'],
			['Ozog', '/people/stanislaw-ozog/'],
			['Grobarczyk', '/people/marek-jozef-grobarczyk/'],
			['Boleslaw', '/people/boleslaw-g-piecha/'],
			['Michal Ujazdowski', '/people/kazimierz-michal-ujazdowski/'],
		] as const) {
			const [first] = await ranked(query);
			expect(first?.path, query).toBe(path(expected));
		}
	});
});
