import { claimStatuses, type ClaimKind, type ClaimStatus } from '../schemas/claim.ts';
import { site } from './site.ts';

/**
 * schema.org `ClaimReview` for a claim the sources speak to, and nothing for the rest: a request is not a
 * claim, and a claim no other source speaks to has not been reviewed. The rating is the status in words
 * (`alternateName`) with no numeric scale, because the sources support none.
 * @see https://schema.org/ClaimReview
 */
export function claimReviewData(input: {
	kind: ClaimKind;
	status: ClaimStatus;
	url: string;
	/** The letter's words, verbatim. */
	passage: string;
	letter: { url: string; title: string; date: string; sender: string };
	/** URLs of the sources the status rests on. */
	sources: string[];
}): Record<string, unknown> | undefined {
	if (input.kind !== 'claim' || !claimStatuses[input.status].needsSource) return undefined;
	return {
		'@type': 'ClaimReview',
		url: input.url,
		claimReviewed: input.passage,
		itemReviewed: {
			'@type': 'Claim',
			author: { '@type': 'Organization', name: input.letter.sender },
			datePublished: input.letter.date,
			appearance: { '@type': 'Message', url: input.letter.url, name: input.letter.title, dateSent: input.letter.date },
		},
		author: { '@type': 'Organization', name: site.publisher },
		reviewRating: { '@type': 'Rating', alternateName: claimStatuses[input.status].label },
		citation: input.sources,
	};
}
