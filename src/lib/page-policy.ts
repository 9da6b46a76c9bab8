import { createHash } from 'node:crypto';

/** Script types a browser runs; any other type (JSON-LD) is a data block that a policy does not govern. */
const runnable = /^\s*(?:module|(?:text|application)\/(?:java|ecma)script)?\s*$/i;
const policyMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

const hash = (algorithm: string, code: string) => `'${algorithm}-${createHash(algorithm).update(code).digest('base64')}'`;

/** The inline code of a page, hashed: scripts a browser runs and `<style>` elements. */
function inlineHashes(html: string, algorithm: string) {
	const scripts: string[] = [];
	const styles: string[] = [];
	// Scripts and styles are raw text: each ends at the first closing tag of its kind, as the HTML parser reads it.
	for (const [, attributes = '', code = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '';
		if (!/\bsrc\s*=/i.test(attributes) && runnable.test(type)) scripts.push(hash(algorithm, code));
	}
	for (const [, code = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.push(hash(algorithm, code));
	return { 'script-src': [...new Set(scripts)], 'style-src': [...new Set(styles)] };
}

/**
 * The page's Content-Security-Policy with only the hashes of the inline scripts and styles it carries.
 * Astro lists every inline script and stylesheet of the whole site in every page's policy (with
 * the site's own script and style files, which `'self'` allows anyway); a page's policy needs only its own.
 * A page without a policy meta is returned as it is.
 */
export function narrowPolicy(html: string): string {
	const meta = policyMeta.exec(html);
	if (!meta) return html;
	const algorithm = /'(sha256|sha384|sha512)-/.exec(meta[2]!)?.[1] ?? 'sha256';
	const own = inlineHashes(html, algorithm);
	const directives = meta[2]!.split(';').map((directive) => {
		const [name = '', ...sources] = directive.trim().split(/\s+/);
		if (name !== 'script-src' && name !== 'style-src') return directive;
		const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source));
		return ` ${[name, ...kept, ...own[name]].join(' ')}`;
	});
	return html.replace(policyMeta, (_, open: string, _policy, close: string) => `${open}${directives.join(';')}${close}`);
}
