/**
 * Synthetic reports for the benchmark: the performance anchor's corpus (`../shared/bench/gen-corpus.mjs`,
 * about 1,150 words, three headings, two footnotes each, deterministic), word for word, with the frontmatter
 * our report schema asks for. Same words in the same places matter: Pagefind's index stores where each word
 * stands on each page, so a corpus whose text repeats (the anchor's, see `syntheticReports`) compresses to a
 * fifth of one whose text does not, and a side-by-side on different filler weighs the filler, not the site.
 * They link entries and cite sources that exist in the content they are added to, so the build does all
 * its usual work. Their text is filler and says so. Benchmarks only: never written into content/.
 */

/** Ids the synthetic reports refer to: any letter, person and source of the content they join. */
export interface Anchors {
	letter: string;
	person: string;
	source: string;
}

const words = (
	'detention monitoring complaint prosecutor investigation court appeal sentence witness evidence ' +
	'mechanism ombudsman inspection facility prison colony custody lawyer family medical report coalition region ' +
	'agreement partnership cooperation parliament commission delegation dialogue reform justice police officer ' +
	'hearing verdict testimony confession statement allegation review session committee recommendation article ' +
	'freedom assembly expression association media journalist activist worker strike protest town square oil ' +
	'december january february march april may june july august september october november year month week day'
).split(' ');

/** A deterministic stream of filler: the same seed gives the same text on every machine. */
function filler(seed: number) {
	let state = seed;
	const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
	const pick = () => words[Math.floor(random() * words.length)]!;
	const sentence = () => {
		const text = Array.from({ length: 8 + Math.floor(random() * 12) }, pick).join(' ');
		return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
	};
	const paragraph = () => Array.from({ length: 5 }, sentence).join(' ');
	return { pick, sentence, paragraph };
}

/** One report's text from a filler stream, drawing in the anchor's order: sections, opening, closing, notes, title. */
function report(i: number, { pick, sentence, paragraph }: ReturnType<typeof filler>, anchors: Anchors): string {
	const sections = [1, 2, 3].map((h) => `## Section ${h}: ${pick()} ${pick()}\n\n${Array.from({ length: 5 }, paragraph).join('\n\n')}`);
	const opening = paragraph();
	const closing = pick();
	const notes = [sentence(), sentence()];
	const title = `Synthetic report ${i} ${pick()} ${pick()}`;
	return `---
title: "${title}"
summary: "Synthetic filler for the build benchmark, number ${i}."
originalTitle: "Synthetic original ${i}"
originalPublisher: "Benchmark"
date: "${2010 + (i % 8)}"
attachedTo: ${anchors.letter}
people: [${anchors.person}]
sources: [${anchors.source}]
---

${opening} It mentions [a person](person:${anchors.person}).[^1]

${sections.join('\n\n')}

Closing remark ${closing}.[^2]

[^1]: [Source note ${i}a](source:${anchors.source}). ${notes[0]}
[^2]: [Source note ${i}b](source:${anchors.source}). ${notes[1]}
`;
}

/**
 * `n` reports (numbered from 0, as the anchor numbers them) from one filler stream seeded 42, as
 * gen-corpus.mjs writes them: the same words in the same order, so both sides of a comparison index the
 * same text. (Its generator computes in floating point, which falls into a cycle of 10,466 draws: the text
 * repeats about every eight reports. Both sides share that, and the search cost it gives, by using it.)
 */
export function syntheticReports(n: number, anchors: Anchors): [path: string, text: string][] {
	const stream = filler(42);
	return Array.from({ length: n }, (_, i) => [`reports/bench-report-${String(i).padStart(5, '0')}.md`, report(i, stream, anchors)]);
}

/**
 * One very long report (about `megabytes` MB of Markdown), written as a long report is: parts of twenty
 * paragraphs, a link and a footnote in each part, the footnotes defined at the end.
 */
export function largeReport(megabytes: number, anchors: Anchors): string {
	const { paragraph, sentence } = filler(7);
	const target = megabytes * 1024 * 1024;
	const parts: string[] = [];
	const notes: string[] = [];
	let size = 0;
	for (let part = 1; size < target; part++) {
		const paragraphs = Array.from({ length: 20 }, paragraph);
		paragraphs[0] += ` See [a person](person:${anchors.person}).[^part${part}]`;
		const text = `## Part ${part}\n\n${paragraphs.join('\n\n')}\n\n`;
		parts.push(text);
		notes.push(`[^part${part}]: [Source for part ${part}](source:${anchors.source}). ${sentence()}`);
		size += text.length;
	}
	return report(0, filler(42), anchors)
		.replace('Closing remark', `${parts.join('')}Closing remark`)
		.concat(`${notes.join('\n')}\n`);
}
