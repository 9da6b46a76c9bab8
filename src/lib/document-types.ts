import type { CollectionName } from '../schemas/shared.ts';

/** How each kind of page is named to readers, in search filters and results. */
export const documentTypes: Record<CollectionName, string> = {
	letters: 'Letter',
	reports: 'Report',
	questions: 'Written question',
	people: 'Person',
	organizations: 'Organisation',
	cases: 'Case',
	events: 'Event',
	sources: 'Source',
	annotations: 'Annotation',
	glossary: 'Glossary term',
};
