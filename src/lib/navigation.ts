import { collections, type CollectionName } from '../collections.ts';
import { entryPath, withBase } from './routes.ts';
import { allLetters } from './letters.ts';

/** A place a reader looks for, named by the registry when it is a kind's index. */
export interface Section {
	href: string;
	label: string;
}

const kindIndex = (collection: CollectionName): Section => ({
	href: withBase(`${collections[collection].route}/`),
	label: collections[collection].plural,
});

/** The title of the page about the publication, as the header, the footer and the page itself give it. */
export const aboutTitle = 'About';

/**
 * Every kind a reader looks for, in the header's order: the letter (or, when there are several, their
 * index), then each kind. Events are read on the timeline, which shows them in their order with the letters.
 * The page about the publication is not a kind: the header gives it beside the site's name.
 */
export async function sections(): Promise<Section[]> {
	const letters = await allLetters();
	return [
		letters.length === 1 ? { href: entryPath('letters', letters[0]!.id), label: 'The letter' } : kindIndex('letters'),
		kindIndex('annotations'),
		kindIndex('claims'),
		kindIndex('reports'),
		{ href: withBase('timeline/'), label: 'Timeline' },
		kindIndex('questions'),
		kindIndex('cases'),
		kindIndex('people'),
		kindIndex('organizations'),
		kindIndex('sources'),
		kindIndex('glossary'),
	];
}
