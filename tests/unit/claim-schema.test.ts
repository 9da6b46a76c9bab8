import { describe, expect, it } from 'vitest';
import { checkedReference } from '../../src/pipeline/reference.ts';
import { claimSchema, claimStatuses } from '../../src/schemas/claim.ts';

// The rules of a claim's status that a field's type cannot say: which kind it fits, when it needs sources,
// and that only a request's "followed" lists what followed. Each broken claim names the field at fault.

const schema = claimSchema(checkedReference());
const base = { title: 'A claim', target: 'a-letter', exact: 'some words', kind: 'claim', status: 'independent-source', sources: ['a-source'] };
const problems = (data: Record<string, unknown>) => {
	const parsed = schema.safeParse({ ...base, ...data });
	return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};
const followedEvent = { summary: 'A reply.', sources: ['a-source'] };

describe('claimSchema', () => {
	it('accepts a sourced claim, and the two "none found" statuses without a source', () => {
		expect(problems({})).toEqual([]);
		expect(problems({ status: 'letter-only', sources: [] })).toEqual([]);
		expect(problems({ kind: 'request', status: 'nothing-found', sources: [] })).toEqual([]);
		expect(problems({ kind: 'request', status: 'followed', followed: [followedEvent] })).toEqual([]);
	});

	it('requires a source for every other status, naming the field', () => {
		const needing = Object.entries(claimStatuses).filter(([, status]) => status.needsSource);
		expect(needing.map(([name]) => name)).toEqual(['independent-source', 'same-author', 'sources-disagree', 'followed']);
		for (const [name, status] of needing) {
			const found = problems({ kind: status.kind, status: name, sources: [], followed: name === 'followed' ? [followedEvent] : [] });
			expect(found, name).toEqual([expect.stringMatching(new RegExp(`^sources: status "${name}" names its sources`))]);
		}
	});

	it('refuses a status of the other kind, and a status outside the vocabulary', () => {
		expect(problems({ kind: 'request', status: 'same-author' })).toEqual([
			expect.stringMatching(/^status: "same-author" is a status for a claim; expected for a request one of "followed", "nothing-found"$/),
		]);
		expect(problems({ status: 'confirmed' })).toEqual([expect.stringMatching(/^status: Invalid option/)]);
	});

	it('requires what followed for "followed", and refuses it on any other status', () => {
		expect(problems({ kind: 'request', status: 'followed' })).toEqual([expect.stringMatching(/^followed: status "followed" needs what followed/)]);
		expect(problems({ followed: [followedEvent] })).toEqual([
			expect.stringMatching(/^followed: only a request with status "followed" lists what followed/),
		]);
		expect(problems({ kind: 'request', status: 'followed', followed: [{ summary: 'A reply.', sources: [] }] })).toEqual([
			expect.stringMatching(/^followed\.0\.sources: expected at least one source/),
		]);
	});
});
