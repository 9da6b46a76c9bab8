import type { z } from 'zod';
import { annotationSchema } from './schemas/annotation.ts';
import { caseSchema } from './schemas/case.ts';
import { claimSchema } from './schemas/claim.ts';
import { eventSchema } from './schemas/event.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { letterSchema } from './schemas/letter.ts';
import { organizationSchema } from './schemas/organization.ts';
import { personSchema } from './schemas/person.ts';
import { questionSchema } from './schemas/question.ts';
import { reportSchema } from './schemas/report.ts';
import { collectionNames, type CollectionName, type ReferenceFactory } from './schemas/shared.ts';
import { sourceSchema } from './schemas/source.ts';
import { kindNames } from './kind-names.ts';

export { collectionNames, type CollectionName };

/** Everything the site knows about one collection, in one place. */
interface CollectionDescription {
	/** How an entry is stored in `content/<name>/`: Markdown (frontmatter and body) or a YAML record. */
	format: 'markdown' | 'yaml';
	/** Whether a Markdown entry must have a body (the letter's text, a report, a note…). */
	bodyRequired: boolean;
	/** The folder of its pages: `/people/<id>/`. */
	route: string;
	/** What one entry is called, everywhere a reader meets the kind: page labels, search results and filters, lists, data (src/kind-names.ts). */
	label: string;
	/** What several are called: the header, the index page's title, the home page, the footer (src/kind-names.ts). */
	plural: string;
	/** The scheme of links to it in Markdown: `[Jane Doe](person:jane-doe)`. */
	scheme: string;
	/** Its shape, given how references to other collections are checked. */
	schema: (ref: ReferenceFactory) => z.ZodObject;
	/** Whether its open data includes a CSV file: records flat enough for a spreadsheet. */
	table: boolean;
}

const markdown = (bodyRequired: boolean) => ({ format: 'markdown', bodyRequired }) as const;
const yaml = { format: 'yaml', bodyRequired: false } as const;

/** The registry: every collection, its file format, route, labels, link scheme, schema and whether its data is a table. */
export const collections = {
	letters: { ...kindNames.letters, ...markdown(true), route: 'letters', scheme: 'letter', schema: letterSchema, table: false },
	reports: { ...kindNames.reports, ...markdown(true), route: 'reports', scheme: 'report', schema: reportSchema, table: false },
	questions: { ...kindNames.questions, ...markdown(false), route: 'questions', scheme: 'question', schema: questionSchema, table: true },
	cases: { ...kindNames.cases, ...markdown(true), route: 'cases', scheme: 'case', schema: caseSchema, table: false },
	events: { ...kindNames.events, ...markdown(false), route: 'events', scheme: 'event', schema: eventSchema, table: true },
	annotations: { ...kindNames.annotations, ...markdown(true), route: 'annotations', scheme: 'annotation', schema: annotationSchema, table: false },
	claims: { ...kindNames.claims, ...markdown(true), route: 'claims', scheme: 'claim', schema: claimSchema, table: true },
	people: { ...kindNames.people, ...yaml, route: 'people', scheme: 'person', schema: personSchema, table: true },
	organizations: { ...kindNames.organizations, ...yaml, route: 'organizations', scheme: 'organization', schema: organizationSchema, table: true },
	sources: { ...kindNames.sources, ...yaml, route: 'sources', scheme: 'source', schema: () => sourceSchema, table: true },
	glossary: { ...kindNames.glossary, ...yaml, route: 'glossary', scheme: 'term', schema: glossarySchema, table: false },
} as const satisfies Record<CollectionName, CollectionDescription>;

/** Every collection's schema, given how references are checked: for Astro, `npm run check` and the tests alike. */
export function collectionSchemas(ref: ReferenceFactory) {
	return Object.fromEntries(collectionNames.map((name) => [name, collections[name].schema(ref)])) as {
		[C in CollectionName]: ReturnType<(typeof collections)[C]['schema']>;
	};
}

/** The file extensions an entry of a collection may have. */
export const entryExtensions = (collection: CollectionName): readonly string[] =>
	collections[collection].format === 'markdown' ? ['.md'] : ['.yaml', '.yml'];

/** The path of an entry's page below the site's base, e.g. `people/jane-doe/`. */
export function pagePath(collection: CollectionName, id: string): string {
	return `${collections[collection].route}/${id}/`;
}

const collectionOfScheme = new Map<string, CollectionName>(collectionNames.map((name) => [collections[name].scheme, name]));
const schemePattern = /^([a-z]+):(.*)$/;

/** Reads an entity link such as `person:jane-doe`; anything else gives `undefined`. */
export function parseEntityLink(url: string): { collection: CollectionName; id: string } | undefined {
	const match = schemePattern.exec(url);
	const collection = match && collectionOfScheme.get(match[1]!);
	return collection ? { collection, id: match[2]! } : undefined;
}
