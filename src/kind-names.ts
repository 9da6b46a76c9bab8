import type { CollectionName } from './schemas/shared.ts';

/**
 * What readers call each kind of thing, one name each: the page label, search results and filters, data
 * (`label`), and the header, index pages, home page and footer (`plural`). Part of the registry
 * (src/collections.ts), kept apart so the browser's search code can name a kind without loading schemas.
 */
export const kindNames = {
	letters: { label: 'Letter', plural: 'Letters' },
	reports: { label: 'Attachment summary', plural: 'Attachment summaries' },
	questions: { label: 'Written question', plural: 'Written questions' },
	cases: { label: 'Case', plural: 'Cases' },
	events: { label: 'Event', plural: 'Events' },
	annotations: { label: 'Note', plural: 'Notes' },
	claims: { label: 'Claim or request', plural: 'Claims and requests' },
	people: { label: 'Person', plural: 'People' },
	organizations: { label: 'Organisation', plural: 'Organisations' },
	sources: { label: 'Source', plural: 'Sources' },
	glossary: { label: 'Glossary term', plural: 'Glossary' },
} as const satisfies Record<CollectionName, { label: string; plural: string }>;
