/**
 * Which pages have a share card and what each says: every letter (sender, date, title) and the home page
 * (the site's name with the featured letter's sender, date and title). The endpoint draws them, the pages link them.
 */
import type { CollectionEntry } from 'astro:content';
import { resolve } from './entries.ts';
import { formatDate } from './format.ts';
import { featuredLetter } from './letters.ts';
import { withBase } from './routes.ts';
import { shareCardAlt, shareCardPath, type ShareCard } from './share-card.ts';
import { site } from './site.ts';

/** A letter's card: who sent it and when, and its title. */
export async function letterCard(letter: CollectionEntry<'letters'>): Promise<ShareCard> {
	const sender = await resolve(letter.data.sender);
	return { kicker: `${sender.data.name} · ${formatDate(letter.data.date)}`, title: letter.data.title, footer: site.name };
}

/** The home page's card: the site's name, between the featured letter's sender and date and its title. */
export async function homeCard(): Promise<ShareCard> {
	const letter = await featuredLetter();
	if (!letter) return { kicker: site.shortName, title: site.name, footer: site.publisher };
	const { kicker, title } = await letterCard(letter);
	return { kicker, title: site.name, footer: title };
}

/** The card's name below `cards/`: `home`, or `letters/<id>`. */
export const cardName = { home: 'home', letter: (id: string) => `letters/${id}` };

/** What a page's head says of its card: the PNG's absolute URL and its text alternative. */
export const cardMeta = (name: string, card: ShareCard, siteUrl: URL | undefined) => ({
	url: new URL(withBase(shareCardPath(name)), siteUrl).href,
	alt: shareCardAlt(card),
});
