/**
 * Share cards: the 1200×630 PNG a chat or social network shows beside a link (`og:image`): what one says,
 * where it is and how pages describe it. `share-card-image.ts` draws it.
 */

/** The size Open Graph and X/Twitter's large card expect. */
export const shareCardSize = { width: 1200, height: 630 } as const;

/** What a card says, top to bottom. */
export interface ShareCard {
	/** A small line above: the sender and the date. */
	kicker: string;
	title: string;
	/** A small line at the foot: the site's name, or on the home page's card the featured letter's title. */
	footer: string;
}

/** The page path of a card, below the base: `cards/<name>.png`. */
export const shareCardPath = (name: string) => `cards/${name}.png`;

/** The card's text alternative, for `og:image:alt`: what the image shows, in the order it shows it. */
export const shareCardAlt = (card: ShareCard) => `${card.kicker}: ${card.title}. ${card.footer}.`;
