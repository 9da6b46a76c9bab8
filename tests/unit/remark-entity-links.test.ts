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
	people: ['andrzej-duda', 'jadwiga-wisniewska'],
	questions: ['written-question-11-ecr-meps-2014'],
	organizations: ['european-parliament'],
};
const idsOf = (collection: CollectionName) => new Set(known[collection] ?? []);

/** Renders Markdown to HTML through the plugin, the way the site's processor does. */
async function render(markdown: string, base = '/', path = 'content/letters/sample.md') {
	const file = new VFile({ value: markdown, path });
	const html = String(
		await unified()
			.use(remarkParse)
			.use(remarkGfm)
			.use(remarkEntityLinks, { base, idsOf })
			.use(remarkRehype)
			.use(rehypeStringify)
			.process(file),
	);
	const mentions: Mention[] | undefined = file.data.mentions;
	return { html, mentions };
}

describe('remarkEntityLinks', () => {
	it('turns `person:x` into a link to the person page', async () => {
		const { html } = await render('Signed by [Andrzej Duda](person:andrzej-duda).');
		expect(html).toContain('<a href="/people/andrzej-duda/"');
		expect(html).toContain('>Andrzej Duda</a>');
		expect(html).not.toContain('person:');
	});

	it('puts the base path in front of the link', async () => {
		const { html } = await render('[Andrzej Duda](person:andrzej-duda)', '/brief/');
		expect(html).toContain('href="/brief/people/andrzej-duda/"');
	});

	it('maps each scheme to its collection path', async () => {
		const { html } = await render(
			'[a question](question:written-question-11-ecr-meps-2014) by [MEPs](organization:european-parliament)',
		);
		expect(html).toContain('href="/questions/written-question-11-ecr-meps-2014/"');
		expect(html).toContain('href="/organizations/european-parliament/"');
	});

	it('resolves links inside GFM footnotes too', async () => {
		const { html } = await render('Text.[^1]\n\n[^1]: Asked by [Jadwiga Wiśniewska](person:jadwiga-wisniewska) (ECR).');
		expect(html).toContain('<a href="/people/jadwiga-wisniewska/"');
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
		const { html } = await render('([LINK](question:written-question-11-ecr-meps-2014))');
		expect(html).toContain('>LINK<span class="visually-hidden" data-pagefind-ignore=""> (written question)</span></a>');
	});

	it('records each mentioned entity once, in order, in the file data', async () => {
		const { mentions } = await render(
			'[Duda](person:andrzej-duda), [Wiśniewska](person:jadwiga-wisniewska), [Duda again](person:andrzej-duda), [EP](organization:european-parliament)',
		);
		expect(mentions).toEqual([
			{ collection: 'people', id: 'andrzej-duda' },
			{ collection: 'people', id: 'jadwiga-wisniewska' },
			{ collection: 'organizations', id: 'european-parliament' },
		]);
	});
});
