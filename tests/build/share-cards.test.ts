import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entries, pageOf } from '../content.ts';
import { attr, element, elements, fileOf, is, readPage, textOf } from './dist.ts';

/** The share card of the home page and of each letter: an absolute `og:image` that is a 1200×630 PNG in dist/. */
const pages = ['/', ...entries.letters.map((letter) => pageOf('letters', letter.id))];

/** The width and height a PNG's IHDR chunk gives (bytes 16–23, after the signature and the chunk header). */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
	expect(bytes.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(pages)('%s', (path) => {
	const page = readPage(path);
	const head = element(page, 'head', is.tag('head'));
	const og = (property: string) =>
		elements(head, (el) => el.tagName === 'meta' && attr(el, 'property') === property).map((el) => attr(el, 'content'));
	const canonical = new URL(
		attr(
			element(head, 'canonical link', (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical'),
			'href',
		),
	);

	it('has one share card, by absolute URL on the site’s own origin, that was built and is a 1200×630 PNG', () => {
		const [image, ...more] = og('og:image');
		expect(more).toEqual([]);
		expect(image).toMatch(/^https?:\/\//);
		const url = new URL(image!);
		expect(url.origin, 'no third-party image').toBe(canonical.origin);
		const file = fileOf(url.pathname);
		expect(file, `${url.pathname} in dist/`).toBeDefined();
		expect(pngSize(file!)).toEqual({ width: 1200, height: 630 });
	});

	it('says the card’s size, type and what it shows, and asks for a large card', () => {
		expect(og('og:image:width')).toEqual(['1200']);
		expect(og('og:image:height')).toEqual(['630']);
		expect(og('og:image:type')).toEqual(['image/png']);
		expect(og('og:image:alt')[0]).toMatch(/\S{3}/);
		const twitter = elements(head, (el) => el.tagName === 'meta' && attr(el, 'name') === 'twitter:card').map((el) => attr(el, 'content'));
		expect(twitter).toEqual(['summary_large_image']);
	});
});

it('draws each letter’s card from that letter, and names it in the letter’s JSON-LD', () => {
	for (const letter of entries.letters) {
		const head = element(readPage(pageOf('letters', letter.id)), 'head', is.tag('head'));
		const og = (property: string) => elements(head, (el) => attr(el, 'property') === property).map((el) => attr(el, 'content'))[0];
		expect(og('og:image:alt')).toContain(String(letter.data['title']));
		const data = JSON.parse(textOf(element(head, 'JSON-LD', (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json')));
		expect(data.image).toBe(og('og:image'));
	}
});
