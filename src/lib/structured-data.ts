/**
 * schema.org JSON-LD for the pages that describe things search engines and archives know:
 * the letter (a Message), reports (Report), people (Person) and organisations (Organization).
 */

type Thing = Record<string, unknown>;

/** A JSON-LD document, safe to place inside `<script type="application/ld+json">`. */
export function jsonLdScript(data: Thing): string {
	// `<` escaped so no string in the data can close the script element.
	return JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
}

/** A letter: `title` as citations give it ("Letter to …"); our editorial title only as an alternate name. */
export function letterData(input: {
	url: string;
	title: string;
	editorialTitle: string;
	description: string;
	date: string;
	sender: Thing;
	author: Thing[];
	recipient: Thing;
	image?: string;
}): Thing {
	return {
		'@type': 'Message',
		url: input.url,
		name: input.title,
		alternateName: input.editorialTitle,
		...(input.image ? { image: input.image } : {}),
		description: input.description,
		dateSent: input.date,
		datePublished: input.date,
		inLanguage: 'en',
		sender: input.sender,
		author: input.author,
		recipient: input.recipient,
	};
}

export function reportData(input: { url: string; title: string; description: string; date: string; basedOn: Thing; about: Thing[] }): Thing {
	return {
		'@type': 'Report',
		url: input.url,
		name: input.title,
		description: input.description,
		dateModified: input.date,
		inLanguage: 'en',
		isBasedOn: input.basedOn,
		about: input.about,
	};
}

export function personData(input: { url?: string; name: string; description?: string; sameAs?: string | undefined; memberOf?: Thing[] }): Thing {
	return {
		'@type': 'Person',
		name: input.name,
		...(input.url ? { url: input.url } : {}),
		...(input.description ? { description: input.description } : {}),
		...(input.sameAs ? { sameAs: input.sameAs } : {}),
		...(input.memberOf?.length ? { memberOf: input.memberOf } : {}),
	};
}

export function organizationData(input: {
	url?: string;
	name: string;
	acronym?: string | undefined;
	description?: string;
	website?: string | undefined;
}): Thing {
	return {
		'@type': 'Organization',
		name: input.name,
		...(input.url ? { url: input.url } : {}),
		...(input.acronym ? { alternateName: input.acronym } : {}),
		...(input.description ? { description: input.description } : {}),
		...(input.website ? { sameAs: input.website } : {}),
	};
}
