import type { ContentError } from './errors.ts';
import type { EntryFile } from './entry-file.ts';
import type { FileCheck } from './checks.ts';

/**
 * One thing, one page: checks that two pages never present the same subject, so a reader can tell which
 * page is *the* page. Run on the files with the other file checks (see checks.ts).
 */

type Fields = Record<string, unknown>;
const fieldsOf = (file: EntryFile): Fields => (file.data && typeof file.data === 'object' ? (file.data as Fields) : {});
const textOf = (file: EntryFile, field: string): string | undefined => {
	const value = fieldsOf(file)[field];
	return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/** Words that do not change what a title is about. */
const filler = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'its', 's']);

/**
 * What a title is about, as a set of words: case, punctuation, possessives, word order and filler words
 * apart, so "53rd session of the UN Committee against Torture" and "The UN Committee against Torture's
 * 53rd session" are the same subject.
 */
export function subjectOf(title: string): string {
	const words = title
		.toLowerCase()
		.normalize('NFKC')
		.replace(/['’]s\b/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word && !filler.has(word));
	return [...new Set(words)].sort().join(' ');
}

/** A note and an event never share a title: the note says what the passage adds, the event page what happened. */
export const checkNotesApartFromEvents: FileCheck = (files) => {
	const events = new Map<string, EntryFile>();
	for (const file of files.filter((f) => f.collection === 'events')) {
		const title = textOf(file, 'title');
		if (title) events.set(subjectOf(title), file);
	}
	return files
		.filter((file) => file.collection === 'annotations')
		.flatMap((file): ContentError[] => {
			const title = textOf(file, 'title');
			const event = title && events.get(subjectOf(title));
			if (!event) return [];
			return [
				{
					file: file.path,
					line: file.lineOf(['title']),
					field: 'title',
					message:
						`"${title}" is the title of event "${event.id}" (${event.path}) in other words; ` +
						"expected a note's title that says what the note adds about its passage",
				},
			];
		});
};

/** The names a thing with its own page goes by: an organisation's name and acronym, an event's title. */
function ownPageNames(files: readonly EntryFile[]): Map<string, { field: 'organization' | 'event'; id: string }> {
	const names = new Map<string, { field: 'organization' | 'event'; id: string }>();
	for (const file of files) {
		const field = file.collection === 'organizations' ? 'organization' : file.collection === 'events' ? 'event' : undefined;
		if (!field) continue;
		for (const name of ['name', 'acronym', 'title']) {
			const value = textOf(file, name);
			if (value) names.set(value.toLowerCase(), { field, id: file.id });
		}
	}
	return names;
}

/** A glossary term for something that has its own page names that page instead of defining it again. */
export const checkTermsWithOwnPage: FileCheck = (files) => {
	const names = ownPageNames(files);
	return files
		.filter((file) => file.collection === 'glossary' && fieldsOf(file).organization === undefined && fieldsOf(file).event === undefined)
		.flatMap((file): ContentError[] => {
			// "Committee against Torture (CAT)": the name without the acronym in brackets, and the acronym.
			const spellings = ['term', 'expansion'].flatMap((field) => {
				const value = textOf(file, field);
				if (!value) return [];
				const bracketed = /^(.*?)\s*\(([^)]+)\)$/.exec(value);
				return bracketed ? [value, bracketed[1]!, bracketed[2]!] : [value];
			});
			const page = spellings.map((spelling) => names.get(spelling.toLowerCase())).find(Boolean);
			if (!page) return [];
			return [
				{
					file: file.path,
					line: file.lineOf(['term']),
					field: 'term',
					message:
						`"${textOf(file, 'term')}" has its own page (${page.field} "${page.id}"); ` +
						`expected \`${page.field}: ${page.id}\` in place of a definition, its annotation and sources, so the glossary links there`,
				},
			];
		});
};

export const subjectChecks: FileCheck[] = [checkNotesApartFromEvents, checkTermsWithOwnPage];
