import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { markClaims } from '../../src/lib/mark-claims.ts';
import { annotatableText } from '../../src/pipeline/annotatable-text.ts';
import { findQuote } from '../../src/pipeline/text-quote.ts';

const tree = (html: string) => fromHtml(html, { fragment: true }) as Root;
/** Where the content pipeline finds a quote in a document's text, as it does for every claim. */
const placementOf = (root: Root, exact: string) => {
	const match = findQuote(annotatableText(root), { exact });
	return match.found ? { start: match.start, end: match.end } : undefined;
};

describe('markClaims', () => {
	it('wraps a quote in a numbered span, the tag on it, without changing the words', () => {
		const root = tree('<p>We ask the Authority to publish its inspection.</p>');
		expect(markClaims(root, [{ id: 'a', placement: placementOf(root, 'publish its inspection'), tag: 'request · followed' }])).toEqual([]);
		expect(toHtml(root)).toBe(
			'<p>We ask the Authority to <span data-claim="1" data-claim-tag="request · followed">publish its inspection</span>.</p>',
		);
	});

	it('splits a quote that crosses a link and a note’s mark into one span per text node, the tag only on the last', () => {
		const root = tree('<p>The <a href="/x/">north pier</a> is <mark data-annotation="n">still closed</mark> today.</p>');
		markClaims(root, [{ id: 'a', placement: placementOf(root, 'north pier is still'), tag: 'claim · letter only' }]);
		expect(toHtml(root)).toBe(
			'<p>The <a href="/x/"><span data-claim="1">north pier</span></a><span data-claim="1"> is </span><mark data-annotation="n"><span data-claim="1" data-claim-tag="claim · letter only">still</span> closed</mark> today.</p>',
		);
	});

	it('numbers claims in the order given, skips the text of notes, and returns those it cannot place', () => {
		const root = tree('<p>One fact. Two facts.</p><aside>One fact.</aside>');
		const misses = markClaims(root, [
			{ id: 'first', placement: placementOf(root, 'One fact'), tag: 'claim · same author only' },
			{ id: 'second', placement: placementOf(root, 'Two facts'), tag: 'claim · letter only' },
			{ id: 'absent', placement: placementOf(root, 'Three facts'), tag: 'claim · letter only' },
		]);
		expect(misses).toEqual(['absent']);
		expect(toHtml(root)).toContain('<span data-claim="1" data-claim-tag="claim · same author only">One fact</span>');
		expect(toHtml(root)).toContain('<span data-claim="2" data-claim-tag="claim · letter only">Two facts</span>');
		expect(toHtml(root)).toContain('<aside>One fact.</aside>');
	});
});
