import sax from 'sax';

/** The `<loc>` addresses of a sitemap or a sitemap index, in order. */
export function locsOf(xml: string): string[] {
	const parser = sax.parser(true);
	const locs: string[] = [];
	let inLoc = false;
	parser.onopentag = ({ name }) => (inLoc = name === 'loc');
	parser.onclosetag = () => (inLoc = false);
	parser.ontext = (text) => inLoc && locs.push(text.trim());
	parser.write(xml).close();
	return locs;
}
