/**
 * The brief's annotations in the W3C Web Annotation Data Model (JSON-LD), so annotation tools
 * (Hypothesis and others) can import them.
 * @see https://www.w3.org/TR/annotation-model/
 * @see https://www.w3.org/TR/annotation-protocol/#annotation-containers
 */

export interface AnnotationInput {
	/** Absolute URL of the annotation (its note on the page). */
	id: string;
	motivation: string;
	title: string;
	/** The note, as HTML. */
	bodyHtml: string;
	/** Absolute URL of the annotated document, and its title. */
	target: string;
	targetTitle: string;
	exact: string;
	prefix: string;
	suffix: string;
	/** Absolute URLs of the sources the note rests on. */
	sources: string[];
	/** Short labels for the annotation (a claim's kind and status), as tagging bodies. */
	tags?: string[] | undefined;
}

const context = 'http://www.w3.org/ns/anno.jsonld';

/** One annotation: a textual body, a linking body per source, and a text-quote target. */
function webAnnotation(input: AnnotationInput) {
	return {
		id: input.id,
		type: 'Annotation',
		motivation: input.motivation,
		label: input.title,
		body: [
			{ type: 'TextualBody', value: input.bodyHtml, format: 'text/html', language: 'en', purpose: input.motivation },
			...(input.tags ?? []).map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
			...input.sources.map((source) => ({ id: source, type: 'Text', purpose: 'linking' })),
		],
		target: {
			source: { id: input.target, type: 'Text', format: 'text/html', label: input.targetTitle },
			selector: { type: 'TextQuoteSelector', exact: input.exact, prefix: input.prefix, suffix: input.suffix },
		},
	};
}

/** An AnnotationCollection holding every annotation on one page. */
export function annotationCollection(id: string, label: string, annotations: AnnotationInput[]) {
	return {
		'@context': context,
		id,
		type: 'AnnotationCollection',
		label,
		total: annotations.length,
		first: {
			id: `${id}#page-1`,
			type: 'AnnotationPage',
			startIndex: 0,
			items: annotations.map(webAnnotation),
		},
	};
}
