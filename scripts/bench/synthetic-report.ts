/**
 * A synthetic report for the benchmark: valid against the report schema, citing real source ids
 * and linking real entries, so the build does all its usual work. Its text is filler and says so.
 * Benchmarks only: never written into content/.
 */
const people = ['maksat-dosmagambetov', 'jadwiga-wisniewska', 'andrzej-duda', 'anna-koj'];
const sources = ['rferl-dosmagambetov-buried', 'apt-opcat-kazakhstan', 'bbc-zhanaozen-world-asia-18055249'];
const words = 'benchmark filler text about detention monitoring complaints procedure review hearing prison region year report'.split(' ');

function sentence(seed: number, length = 14): string {
	const out: string[] = [];
	for (let i = 0; i < length; i++) out.push(words[(seed * 7 + i * 13) % words.length]!);
	const text = out.join(' ');
	return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export function syntheticReport(i: number): string {
	const person = people[i % people.length];
	const source = sources[i % sources.length];
	const year = 2010 + (i % 8);
	return `---
title: "Benchmark report ${i} (synthetic)"
summary: "Synthetic filler for the build benchmark, number ${i}."
originalTitle: "Synthetic original ${i}"
originalPublisher: "Benchmark"
date: "${year}"
attachedTo: odf-to-mogherini-2015-02-02
people: [${person}]
sources: [${source}]
---

## Overview

${sentence(i)} It mentions [a person](person:${person}).[^1] ${sentence(i + 1, 20)}

## Details ${i}

${sentence(i + 2, 30)}[^2] ${sentence(i + 3, 25)}

${sentence(i + 4, 40)}

[^1]: [Source](source:${source}).
[^2]: [Source](source:${source}).
`;
}
