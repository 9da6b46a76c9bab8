/**
 * Synthetic reports for the benchmark, written like the performance anchor's corpus (about 1,150 words,
 * three headings, two footnotes each, deterministic), with the frontmatter our report schema asks for.
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

/** Report number `i`: about 1,150 words of filler in three sections, two footnotes citing a source. */
export function syntheticReport(i: number, anchors: Anchors): string {
	const { pick, sentence, paragraph } = filler(42 + i);
	const sections = [1, 2, 3].map((h) => `## Section ${h}: ${pick()} ${pick()}\n\n${Array.from({ length: 5 }, paragraph).join('\n\n')}`);
	return `---
title: "Synthetic report ${i} ${pick()} ${pick()}"
summary: "Synthetic filler for the build benchmark, number ${i}."
originalTitle: "Synthetic original ${i}"
originalPublisher: "Benchmark"
date: "${2010 + (i % 8)}"
attachedTo: ${anchors.letter}
people: [${anchors.person}]
sources: [${anchors.source}]
---

${paragraph()} It mentions [a person](person:${anchors.person}).[^1]

${sections.join('\n\n')}

Closing remark ${pick()}.[^2]

[^1]: [Source note ${i}a](source:${anchors.source}). ${sentence()}
[^2]: [Source note ${i}b](source:${anchors.source}). ${sentence()}
`;
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
	return syntheticReport(0, anchors).replace('Closing remark', `${parts.join('')}Closing remark`).concat(`${notes.join('\n')}\n`);
}
