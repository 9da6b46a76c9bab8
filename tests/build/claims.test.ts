import { toString } from 'hast-util-to-string';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimKindLabels, claimStatuses, type ClaimKind, type ClaimStatus } from '../../src/schemas/claim.ts';
import { entries, letterIds, pageOf } from '../content.ts';
import { attr, element, elements, fileOf, is, normalizeSpace, parseFile, readPage, sitePath, textOf } from './dist.ts';

// Claims and requests as built: marked once in their letter, listed on /claims/ in the letter's order with a
// count by status, each on its own page with its sources, in /claims.jsonld as `assessing` annotations, and
// as ClaimReview only where a source speaks to a claim. Everything is taken from the content, never an id.

type Ref = { id: string };
const claims = entries.claims.map((entry) => ({
	id: entry.id,
	letter: (entry.data['target'] as Ref).id,
	exact: String(entry.data['exact']),
	kind: entry.data['kind'] as ClaimKind,
	status: entry.data['status'] as ClaimStatus,
	sources: entry.data['sources'] as Ref[],
}));
const lettersWithClaims = letterIds.filter((id) => claims.some((claim) => claim.letter === id));
const claimsPage = readPage('/claims/');

it('the content has claims to check', () => {
	expect(claims.length).toBeGreaterThan(0);
});

describe.each(lettersWithClaims)('the claims of letters/%s', (letterId) => {
	const own = claims.filter((claim) => claim.letter === letterId);
	const section = element(claimsPage, `claims section of ${letterId}`, (el) => attr(el, 'dataClaimsOf') === letterId);
	const listed = elements(section, is.attr('dataClaimEntry')).map((el) => attr(el, 'dataClaimEntry'));
	const letter = readPage(pageOf('letters', letterId));
	const spans = elements(letter, is.attr('dataClaim'));

	it('are all on the claims page, each once (the page without JavaScript shows the same set)', () => {
		expect([...listed].sort()).toEqual(own.map((claim) => claim.id).sort());
	});

	it('are each marked in exactly one place of the letter, around exactly their quote, in the order the page lists them', () => {
		const numbers = [...new Set(spans.map((span) => attr(span, 'dataClaim')))];
		expect(numbers).toEqual(listed.map((_, i) => String(i + 1)));
		listed.forEach((id, i) => {
			const claim = own.find((c) => c.id === id)!;
			const mine = spans.filter((span) => attr(span, 'dataClaim') === String(i + 1));
			expect(normalizeSpace(mine.map((span) => toString(span)).join('')), id).toBe(normalizeSpace(claim.exact));
			// One tag, on the last piece: the passage is one place, not several.
			const tagged = mine.filter(is.attr('dataClaimTag'));
			expect(tagged.length, id).toBe(1);
			expect(tagged[0], id).toBe(mine.at(-1));
			expect(attr(tagged[0]!, 'dataClaimTag'), id).toBe(`${claimKindLabels[claim.kind].one.toLowerCase()} · ${claimStatuses[claim.status].short}`);
		});
	});

	it('keep the notes: every note mark of the letter is still there', () => {
		const notes = entries.annotations.filter((a) => (a.data['target'] as Ref).id === letterId);
		const marked = new Set(elements(letter, (el) => el.tagName === 'mark').map((el) => attr(el, 'dataAnnotation')));
		for (const note of notes) expect(marked.has(note.id), note.id).toBe(true);
	});

	it('are linked from the letter, and the toggle is a hidden button until a script shows it', () => {
		const button = element(letter, 'claims toggle', is.attr('dataClaimsToggle'));
		expect(button.tagName).toBe('button');
		expect(attr(button, 'ariaPressed')).toBe('false');
		expect(button.properties['hidden']).toBe(true);
		const links = elements(letter, (el) => el.tagName === 'a' && attr(el, 'href') === `${sitePath('/claims/')}#on-${letterId}`);
		expect(links.length).toBeGreaterThan(0);
	});
});

describe('the claims page', () => {
	it('counts the claims by status at the top, every status of the vocabulary listed', () => {
		const counts = elements(claimsPage, is.attr('dataCountStatus'));
		expect(counts.map((el) => attr(el, 'dataCountStatus'))).toEqual(Object.keys(claimStatuses));
		for (const el of counts) {
			const status = attr(el, 'dataCountStatus');
			expect(textOf(el), status).toBe(`${claimStatuses[status as ClaimStatus].label}: ${claims.filter((c) => c.status === status).length}`);
		}
	});

	it('is linked from the home page and the header', () => {
		const home = readPage('/');
		const links = elements(home, (el) => el.tagName === 'a' && attr(el, 'href') === sitePath('/claims/'));
		expect(links.length).toBeGreaterThanOrEqual(2);
		expect(elements(element(home, 'header', is.tag('header')), (el) => attr(el, 'href') === sitePath('/claims/'))).toHaveLength(1);
	});
});

describe.each(claims.map((claim) => [claim.id, claim] as const))('claims/%s', (_id, claim) => {
	const page = readPage(pageOf('claims', claim.id));

	it('shows its status in words, and names at least one source unless its status is one of the two "none found"', () => {
		expect(textOf(page)).toContain(claimStatuses[claim.status].label);
		const sourceLinks = elements(
			element(page, 'sources of the claim', is.attr('dataClaimSources')),
			(el) => el.tagName === 'a' && attr(el, 'href').startsWith(sitePath('/sources/')),
		);
		expect(sourceLinks.length).toBe(claim.sources.length);
		if (claimStatuses[claim.status].needsSource) expect(claim.sources.length, 'sources').toBeGreaterThan(0);
	});

	it('is a ClaimReview, with the status in words and no numeric scale, only when it is a claim a source speaks to', () => {
		const data = elements(page, (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json').map((el) => JSON.parse(textOf(el)));
		const review = data.find((item) => item['@type'] === 'ClaimReview');
		if (claim.kind === 'claim' && claimStatuses[claim.status].needsSource) {
			expect(review).toBeDefined();
			expect(review.claimReviewed).toBe(claim.exact);
			expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: claimStatuses[claim.status].label });
			expect(review.citation.length).toBe(claim.sources.length);
		} else {
			expect(review).toBeUndefined();
		}
	});
});

describe('claims.jsonld', () => {
	const feed = JSON.parse(readFileSync(fileOf(sitePath('/claims.jsonld'))!, 'utf8'));
	const items: Record<string, any>[] = feed.first.items;

	it('holds every claim and request as a W3C annotation with the motivation assessing, its kind and status as tags', () => {
		expect(feed.type).toBe('AnnotationCollection');
		expect(feed.total).toBe(claims.length);
		for (const claim of claims) {
			const item = items.find((i) => new URL(i.id).pathname === sitePath(pageOf('claims', claim.id)));
			expect(item, claim.id).toBeDefined();
			expect(item!.motivation).toBe('assessing');
			const tags = item!.body.filter((b: any) => b.purpose === 'tagging').map((b: any) => b.value);
			expect(tags).toEqual([claimKindLabels[claim.kind].one, claimStatuses[claim.status].label]);
			expect(item!.body.filter((b: any) => b.purpose === 'linking')).toHaveLength(claim.sources.length);
		}
	});

	it('gives every link in a body its full address, as the notes’ export does', () => {
		const links = items.flatMap((item) =>
			item.body
				.filter((b: any) => b.type === 'TextualBody' && b.format === 'text/html')
				.flatMap((b: any) => [...String(b.value).matchAll(/href="([^"]*)"/g)].map((m) => m[1])),
		);
		// Every link a claim's Markdown writes is in the export (none is lost on the way).
		const written = entries.claims.flatMap((entry) => [...(entry.body ?? '').matchAll(/\]\([^)\s]+\)/g)]).length;
		expect(links.length).toBeGreaterThanOrEqual(written);
		for (const href of links) expect(href).toMatch(/^https?:\/\//);
	});

	it('anchors each in its letter page’s text (as textContent reads it) exactly once', () => {
		for (const item of items) {
			const page = parseFile(fileOf(new URL(item.target.source.id).pathname)!);
			const text = toString(element(page, 'body', is.tag('body'))).replace(/\s+/g, ' ');
			const { exact, prefix, suffix } = item.target.selector;
			expect(prefix.length + suffix.length, item.id).toBeGreaterThan(0);
			expect(text.split(`${prefix}${exact}${suffix}`).length - 1, item.id).toBe(1);
		}
	});
});
