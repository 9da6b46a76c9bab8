import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkEntityLinks, type Mention } from '../../src/markdown/remark-entity-links.ts';
import type { CollectionName } from '../../src/collections.ts';

const known: Partial<Record<CollectionName, string[]>> = {
	people: ['jane-doe', 'zofia-wrobel'],
	questions: ['written-question-3-meps-2020'],
	organizations: ['example-assembly'],
	glossary: ['ea', 'quorum'],
};
/** The term `ea` names the assembly, which has its own page. */
const ownPages = { 'glossary/ea': { collection: 'organizations', id: 'example-assembly' } } as const;
const idsOf = (collection: CollectionName) => new Set(known[collection] ?? []);

/** Renders Markdown to HTML through the plugin, the way the site's processor does. */
async function render(markdown: string, base = '/', path = 'content/letters/sample.md') {
	const file = new VFile({ value: markdown, path });
	const html = String(
		await unified()
			.use(remarkParse)
			.use(remarkGfm)
			.use(remarkEntityLinks, { base, idsOf, ownPages })
			.use(remarkRehype)
			.use(rehypeStringify)
			.process(file),
	);
	const mentions: Mention[] | undefined = file.data.mentions;
	return { html, mentions };
}

describe('remarkEntityLinks', () => {
	it('leads a link to a term whose thing has its own page to that page, and records the mention there', async () => {
		const { html, mentions } = await render('The [EA](term:ea) met; a [quorum](term:quorum) was present.');
		expect(html).toContain('<a href="/organizations/example-assembly/">EA</a>');
		expect(html).toContain('<a href="/glossary/quorum/">quorum</a>');
		expect(mentions).toEqual([
			{ collection: 'organizations', id: 'example-assembly' },
			{ collection: 'glossary', id: 'quorum' },
		]);
	});

	it('turns `person:x` into a link to the person page', async () => {
		const { html } = await render('Signed by [Jane Doe](person:jane-doe).');
		expect(html).toContain('<a href="/people/jane-doe/"');
		expect(html).toContain('>Jane Doe</a>');
		expect(html).not.toContain('person:');
	});

	it('puts the base path in front of the link', async () => {
		const { html } = await render('[Jane Doe](person:jane-doe)', '/brief/');
		expect(html).toContain('href="/brief/people/jane-doe/"');
	});

	it('maps each scheme to its collection path', async () => {
		const { html } = await render('[a question](question:written-question-3-meps-2020) by [MEPs](organization:example-assembly)');
		expect(html).toContain('href="/questions/written-question-3-meps-2020/"');
		expect(html).toContain('href="/organizations/example-assembly/"');
	});

	it('resolves links inside GFM footnotes too', async () => {
		const { html } = await render('Text.[^1]\n\n[^1]: Asked by [Zofia Wróbel](person:zofia-wrobel) (ECR).');
		expect(html).toContain('<a href="/people/zofia-wrobel/"');
		expect(html).toContain('data-footnote-ref');
	});

	it('leaves ordinary links alone', async () => {
		const { html, mentions } = await render('[EP](https://www.europarl.europa.eu/) and [top](#top)');
		expect(html).toContain('href="https://www.europarl.europa.eu/"');
		expect(html).toContain('href="#top"');
		expect(mentions).toEqual([]);
	});

	it('fails on an unknown id at the link, naming the link and the id', async () => {
		const markdown = 'First line.\n\nThird line names [someone](person:andrzej-dud).';
		await expect(render(markdown, '/', 'content/letters/broken.md')).rejects.toMatchObject({
			line: 3,
			reason: 'link "person:andrzej-dud": no entry "andrzej-dud" in people',
		});
	});

	it('describes a link whose text says nothing, in a hidden span kept out of search', async () => {
		const { html } = await render('([LINK](question:written-question-3-meps-2020))');
		expect(html).toContain('>LINK<span class="visually-hidden" data-pagefind-ignore=""> (written question)</span></a>');
	});

	it('records each mentioned entity once, in order, in the file data', async () => {
		const { mentions } = await render(
			'[Doe](person:jane-doe), [Wróbel](person:zofia-wrobel), [Doe again](person:jane-doe), [EP](organization:example-assembly)',
		);
		expect(mentions).toEqual([
			{ collection: 'people', id: 'jane-doe' },
			{ collection: 'people', id: 'zofia-wrobel' },
			{ collection: 'organizations', id: 'example-assembly' },
		]);
	});
});
