import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { collections } from '../../../collections.ts';
import { citationFiles, type CitationFormat } from '../../../lib/citation.ts';
import { citableEntries, citableWork, citedFromItsPage } from '../../../lib/citable-works.ts';

const formats = Object.keys(citationFiles) as CitationFormat[];

export const getStaticPaths = (async () =>
	(await citableEntries()).flatMap((entry) =>
		formats.map((format) => ({ params: { collection: collections[entry.collection].route, id: entry.id, format }, props: { entry, format } })),
	)) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** `/<collection>/<id>/citation.bib` and `citation.json`: the work its page cites, as BibTeX and as CSL-JSON. */
export const GET: APIRoute<Props> = async ({ props: { entry, format }, site }) => {
	const work = citedFromItsPage(await citableWork(entry), site);
	const file = citationFiles[format];
	return new Response(`${file.text(work)}\n`, { headers: { 'Content-Type': `${file.type}; charset=utf-8` } });
};
