import type { Root } from 'hast';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, distDir, elements, fileOf, htmlFiles, parseFile, pathOf } from './dist.ts';
import { featuredLetterId, pageOf } from '../content.ts';

/** The attribute of each element that points at another resource. */
const linkAttributes: Record<string, string> = {
	a: 'href',
	area: 'href',
	link: 'href',
	img: 'src',
	script: 'src',
	source: 'src',
	iframe: 'src',
	form: 'action',
};

/** Links that leave the site (or are not links), which this check does not follow. */
const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

const idsCache = new Map<string, Set<string>>();

/** Every id (and legacy `a[name]`) in a page: what a `#fragment` can point at. */
function targetsOf(file: string, tree: Root = parseFile(file)): Set<string> {
	let ids = idsCache.get(file);
	if (!ids) {
		ids = new Set(
			elements(tree, (el) => attr(el, 'id') !== '' || (el.tagName === 'a' && attr(el, 'name') !== '')).map(
				(el) => attr(el, 'id') || attr(el, 'name'),
			),
		);
		idsCache.set(file, ids);
	}
	return ids;
}

/** Why a link from `file` is broken, or undefined when it resolves. */
function problemOf(file: string, value: string): string | undefined {
	if (value.trim() === '') return 'empty link';
	if (external.test(value)) return undefined;
	const url = new URL(value, `http://site.invalid${pathOf(file)}`);
	const target = fileOf(url.pathname);
	if (!target) return `no file in dist/ for ${url.pathname}`;
	if (value.startsWith('#') && url.hash === '') return 'placeholder link "#"';
	if (url.hash.length > 1) {
		if (!target.endsWith('.html')) return `fragment ${url.hash} on a file that is not a page`;
		const id = decodeURIComponent(url.hash.slice(1));
		if (!targetsOf(target).has(id)) return `no element with id "${id}" in ${relative(distDir, target)}`;
	}
	return undefined;
}

describe('internal links in dist/', () => {
	const files = htmlFiles();

	it('finds the pages to check', () => {
		expect(files.map((file) => relative(distDir, file))).toContain(`${pageOf('letters', featuredLetterId).slice(1)}index.html`);
	});

	it('every internal href/src/action and every #fragment resolves', () => {
		const broken: string[] = [];
		for (const file of files) {
			const tree = parseFile(file);
			for (const el of elements(tree, (e) => e.tagName in linkAttributes)) {
				const name = linkAttributes[el.tagName] as string;
				if (el.properties[name] === undefined) continue;
				const value = attr(el, name);
				const problem = problemOf(file, value);
				if (problem) broken.push(`${relative(distDir, file)}: <${el.tagName} ${name}="${value}">: ${problem}`);
			}
		}
		expect(broken, `${broken.length} broken links:\n${broken.join('\n')}`).toEqual([]);
	});

	it('the checker itself catches a missing page, a missing anchor and a placeholder', () => {
		const letter = files.find((file) => file.endsWith(`${pageOf('letters', featuredLetterId)}index.html`)) as string;
		expect(problemOf(letter, '/people/no-such-person/')).toMatch(/no file/);
		expect(problemOf(letter, '#no-such-anchor')).toMatch(/no element with id/);
		expect(problemOf(letter, '#')).toMatch(/placeholder/);
		expect(problemOf(letter, '#user-content-fn-1')).toBeUndefined();
		expect(problemOf(letter, '../../search/?q=letter')).toBeUndefined();
		expect(problemOf(letter, 'https://www.europarl.europa.eu/')).toBeUndefined();
	});
});
