import sax from 'sax';

/** The only named entities XML knows (sax would also take HTML's, such as &nbsp;). */
const xmlEntities = Object.assign(Object.create(null) as Record<string, string>, { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" });

/**
 * Why a text is not well-formed XML, as `line:column: reason` (the first fault: XML parsers stop
 * there), or undefined when it is. sax in strict mode checks tags, names, quoting, namespaces,
 * entities and text outside the root; it leaves the single root, unique attributes and the place
 * of the XML declaration to us. (It still reads &AMP; as &amp;: a slip no generator of ours makes.)
 */
export function xmlError(xml: string): string | undefined {
	const parser = sax.parser(true, { xmlns: true });
	parser.ENTITIES = xmlEntities;
	const fail = (reason: string) => {
		throw new Error(reason);
	};
	let depth = 0;
	let roots = 0;
	let attributes = new Set<string>();
	parser.onerror = (error) => fail(error.message.split('\n')[0] ?? 'parse error');
	parser.onattribute = ({ name }) => {
		if (attributes.has(name)) fail(`attribute "${name}" is repeated`);
		attributes.add(name);
	};
	parser.onopentag = () => {
		attributes = new Set();
		if (depth++ === 0 && ++roots > 1) fail('a second root element');
	};
	parser.onclosetag = () => depth--;
	parser.onprocessinginstruction = ({ name }) => {
		if (name.toLowerCase() === 'xml' && parser.startTagPosition > 1) fail('the XML declaration is not at the very start');
	};
	try {
		parser.write(xml.replace(/^\uFEFF/, '')).close();
		if (roots === 0) fail('no root element');
	} catch (error) {
		return `${parser.line + 1}:${parser.column + 1}: ${(error as Error).message}`;
	}
	return undefined;
}
