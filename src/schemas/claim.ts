import { z } from 'zod';
import { textQuoteSelector } from './annotation.ts';
import { partialDate, text, type ReferenceFactory } from './shared.ts';

/** What a passage of a letter does: state a fact, or ask for something. */
const claimKind = z.enum(['claim', 'request']);
export type ClaimKind = z.infer<typeof claimKind>;

/** The reader-facing name of each kind, singular and plural. */
export const claimKindLabels = {
	claim: { one: 'Claim', many: 'Claims' },
	request: { one: 'Request', many: 'Requests' },
} as const satisfies Record<ClaimKind, { one: string; many: string }>;

/**
 * The fixed vocabulary of statuses, each with the kind it applies to, a short name (marked in the letter's
 * text), a label and what it means
 * (shown to readers on the letter, the claims page and the About page). Only the two "nothing found"
 * statuses may stand without a source.
 */
export const claimStatuses = {
	'independent-source': {
		kind: 'claim',
		short: 'independent source',
		label: 'Borne out by an independent source',
		description:
			'A source independent of the letter’s author states the same fact. ' +
			'Its words and date are given; where it is later than the letter, that is said.',
		needsSource: true,
	},
	'same-author': {
		kind: 'claim',
		short: 'same author only',
		label: 'Stated also by the author elsewhere',
		description:
			'Only the letter’s own author says so elsewhere, for example in its own reports. ' +
			'That is consistency, not confirmation: an author’s reports are not independent of its letter.',
		needsSource: true,
	},
	'sources-disagree': {
		kind: 'claim',
		short: 'sources disagree',
		label: 'Sources disagree',
		description:
			'The sources found say different things, about the fact or against the letter. ' +
			'Each is shown with who says what; we do not pick a side the sources do not settle.',
		needsSource: true,
	},
	'letter-only': {
		kind: 'claim',
		short: 'letter only',
		label: 'The letter’s own statement; no other source found',
		description: 'Our research notes found no other source for it. That does not make it false; it is unchecked, and what was looked for is said.',
		needsSource: false,
	},
	followed: {
		kind: 'request',
		short: 'followed',
		label: 'Followed by events on record',
		description:
			'Events after the letter that bear on the request (a reply, a statement, a funded project, a resolution), ' +
			'each dated as its source dates it and each with its source. Whether they meet the request is for the reader to judge.',
		needsSource: true,
	},
	'nothing-found': {
		kind: 'request',
		short: 'nothing found',
		label: 'Nothing found',
		description: 'Our research notes found nothing that followed the request. That does not mean nothing happened.',
		needsSource: false,
	},
} as const satisfies Record<string, { kind: ClaimKind; short: string; label: string; description: string; needsSource: boolean }>;

export type ClaimStatus = keyof typeof claimStatuses;

/** The statuses, in the order they are explained and counted; the published JSON Schema carries what each means. */
const claimStatus = z.enum(Object.keys(claimStatuses) as [ClaimStatus, ...ClaimStatus[]]).describe(
	Object.entries(claimStatuses)
		.map(([name, status]) => `${name} (for a ${status.kind}): ${status.description}`)
		.join(' '),
);

/** One dated event that followed a request. */
const followUp = (ref: ReferenceFactory) =>
	z.strictObject({
		/** When, as precisely as the source dates it; omitted, never guessed, when the source shows no date. */
		date: partialDate.optional(),
		/** What happened, in our words, attributed where only one side reports it. */
		summary: text,
		/** Where it is reported; at least one. */
		sources: z.array(ref('sources')).min(1, 'expected at least one source for what followed'),
	});

/**
 * A claim the letter makes, or a request, anchored to its words by the same quote selector as the notes;
 * the Markdown body is the evidence, in our words.
 */
export const claimSchema = (ref: ReferenceFactory) =>
	z
		.strictObject({
			/** The claim or request in one line, in our words; a claim about a person's treatment stays attributed. */
			title: text,
			/** The letter it belongs to. */
			target: ref('letters'),
			...textQuoteSelector.shape,
			kind: claimKind,
			/** How far the sources bear it out (a claim) or what followed (a request): one of the vocabulary. */
			status: claimStatus,
			/** The sources the status rests on; required for every status but `letter-only` and `nothing-found`. */
			sources: z.array(ref('sources')).default([]),
			/** For a request with status `followed`: what followed, in date order. */
			followed: z.array(followUp(ref)).default([]),
		})
		.superRefine((claim, ctx) => {
			const status = claimStatuses[claim.status];
			if (status.kind !== claim.kind) {
				const allowed = Object.entries(claimStatuses)
					.filter(([, s]) => s.kind === claim.kind)
					.map(([name]) => `"${name}"`);
				ctx.addIssue({
					code: 'custom',
					path: ['status'],
					message: `"${claim.status}" is a status for a ${status.kind}; expected for a ${claim.kind} one of ${allowed.join(', ')}`,
				});
			}
			if (status.needsSource && claim.sources.length === 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['sources'],
					message:
						`status "${claim.status}" names its sources; ` +
						'expected at least one source id (only "letter-only" and "nothing-found" stand without one)',
				});
			}
			if (claim.status === 'followed' && claim.followed.length === 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['followed'],
					message: 'status "followed" needs what followed; expected at least one dated event with its sources',
				});
			}
			if (claim.status !== 'followed' && claim.followed.length > 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['followed'],
					message: `only a request with status "followed" lists what followed; this one has status "${claim.status}"`,
				});
			}
		});

export type Claim = z.infer<ReturnType<typeof claimSchema>>;
