import { collections } from '../collections.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { claimKindLabels, claimStatuses, type ClaimStatus } from '../schemas/claim.ts';
import { renderedMetadata } from './render.ts';

type Letter = CollectionEntry<'letters'>;
export type ClaimEntry = CollectionEntry<'claims'>;

const ordered = new Map<string, Promise<ClaimEntry[]>>();

/** A letter's claims and requests in the letter's order (by where their quote sits), computed once per build. */
export function claimsOf(letter: Letter): Promise<ClaimEntry[]> {
	let result = ordered.get(letter.id);
	if (!result) {
		result = inLetterOrder(letter);
		ordered.set(letter.id, result);
	}
	return result;
}

async function inLetterOrder(letter: Letter): Promise<ClaimEntry[]> {
	// Where each quote sits was found once, by the content pipeline's anchor check.
	const at = (claim: ClaimEntry) => renderedMetadata(claim).placement?.start ?? Number.MAX_SAFE_INTEGER;
	return (await getCollection('claims', (claim) => claim.data.target.id === letter.id))
		.map((claim) => ({ claim, at: at(claim) }))
		.sort((a, b) => a.at - b.at || a.claim.id.localeCompare(b.claim.id))
		.map(({ claim }) => claim);
}

/** The short tag a marked passage shows after it: its kind and its status, e.g. "claim · sources disagree". */
export function claimTag(claim: ClaimEntry): string {
	return `${claimKindLabels[claim.data.kind].one.toLowerCase()} · ${claimStatuses[claim.data.status].short}`;
}

/** How many claims have each status, every status listed (a zero shows the vocabulary is complete). */
export function countByStatus(claims: readonly ClaimEntry[]): { status: ClaimStatus; label: string; count: number }[] {
	return (Object.keys(claimStatuses) as ClaimStatus[]).map((status) => ({
		status,
		label: claimStatuses[status].label,
		count: claims.filter((claim) => claim.data.status === status).length,
	}));
}

/** What the collection's entries are called together, as the registry names the kind: "Claims and requests". */
export const claimsName = collections.claims.plural;

/** The anchor of a claim on the claims page. */
export const claimAnchor = (id: string) => `claim-${id}`;

/** The anchor of a letter's section on the claims page. */
export const letterClaimsAnchor = (letterId: string) => `on-${letterId}`;
