import { describe, expect, it } from 'vitest';
import { entries, pageOf } from '../content.ts';
import { formatDate } from '../../src/lib/format.ts';
import { attr, elements, is, readPage, textOf } from './dist.ts';

/**
 * Beside every source's link, its page shows either the archived copy the source file records (with the
 * archive's date) or the archive's search for that address, labelled as a search, never as a copy.
 */
const sources = entries.sources.map((entry) => ({
	path: pageOf('sources', entry.id),
	data: entry.data as { url: string; checked?: string; archived?: { url: string; timestamp: string } },
}));

describe.each(sources)('$path', ({ path, data }) => {
	const page = readPage(path);
	const [fact] = elements(page, (el) => el.tagName === 'dd' && elements(el, (a) => a.tagName === 'a' && attr(a, 'href') === data.url).length > 0);

	it('shows the source’s link with what is known of its archived copies beside it', () => {
		expect(fact, `a <dd> holding the link ${data.url}`).toBeDefined();
		const [archive] = elements(fact!, is.class('source-archive'));
		expect(archive, 'the archive note beside the link').toBeDefined();
		const links = elements(archive!, is.tag('a')).map((a) => ({ href: attr(a, 'href'), text: textOf(a) }));
		const [y, m, d] = [data.archived?.timestamp.slice(0, 4), data.archived?.timestamp.slice(4, 6), data.archived?.timestamp.slice(6, 8)];
		if (data.archived) {
			expect(links).toEqual([{ href: data.archived.url, text: 'archived copy' }]);
			expect(textOf(archive!)).toContain(`archived copy, ${formatDate(`${y}-${m}-${d}`)}`);
		} else {
			expect(links).toEqual([{ href: `https://web.archive.org/web/*/${data.url}`, text: 'look for archived copies' }]);
			expect(textOf(archive!), 'a search is never called a copy').not.toMatch(/archived copy\b/);
		}
		if (data.checked) expect(textOf(archive!)).toContain(`link checked ${formatDate(data.checked)}`);
		else expect(textOf(archive!)).not.toContain('checked');
	});
});

it('finds sources in the content', () => {
	expect(sources.length).toBeGreaterThan(0);
});
