import { z } from 'zod';
import { text, type ReferenceFactory } from './shared.ts';

/**
 * Where an annotation anchors: a W3C Web Annotation TextQuoteSelector.
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
export const textQuoteSelector = z.strictObject({
	/** The quoted passage, exactly as in the rendered text of the target. */
	exact: text,
	/** Text just before the passage, to tell apart repeated quotes. */
	prefix: z.string().optional(),
	/** Text just after the passage. */
	suffix: z.string().optional(),
});

/** Motivations from the W3C Web Annotation vocabulary that an editorial note can have. */
export const motivation = z.enum(['commenting', 'describing', 'identifying', 'linking', 'questioning', 'classifying', 'tagging']);

/** An editorial annotation anchored to a passage of a letter; the Markdown body is the note. */
export const annotationSchema = (ref: ReferenceFactory) =>
	z.strictObject({
		/** A short heading for the note. */
		title: text,
		/** The document annotated. */
		target: ref('letters'),
		...textQuoteSelector.shape,
		motivation,
		/** Sources for every factual claim in the note; at least one. */
		sources: z.array(ref('sources')).min(1, 'expected at least one source for an annotation'),
	});
