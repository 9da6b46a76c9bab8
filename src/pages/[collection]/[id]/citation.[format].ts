import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { collections } from '../../../collections.ts';
import { citable, citationFiles, type CitationFormat } from '../../../lib/citation.ts';
import { citableEntries, citableWork } from '../../../lib/citable-works.ts';
import { entryPath } from '../../../lib/routes.ts';
import { site as publication } from '../../../lib/site.ts';

const formats = Object.keys(citationFiles) as CitationFormat[];

export const getStaticPaths = (async () =>
	(await citableEntries()).flatMap((entry) =>
		formats.map((format) => ({ params: { collection: collections[entry.collection].route, id: entry.id, format }, props: { entry, format } })),
	)) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** `/<collection>/<id>/citation.bib` and `citation.json`: the work its page cites, as BibTeX and as CSL-JSON. */
export const GET: APIRoute<Props> = async ({ props: { entry, format }, site }) => {
	const work = citable(await citableWork(entry), new URL(entryPath(entry.collection, entry.id), site).href, publication.publisher);
	const file = citationFiles[format];
	return new Response(`${file.text(work)}\n`, { headers: { 'Content-Type': `${file.type}; charset=utf-8` } });
};
