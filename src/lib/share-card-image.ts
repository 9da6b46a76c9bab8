/**
 * Draws a share card at build time from the page's own words: satori lays it out as SVG, resvg makes the PNG.
 * The font is Source Serif 4 from @fontsource (SIL Open Font License 1.1), read from node_modules: no request
 * leaves the build.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { shareCardSize, type ShareCard } from './share-card.ts';

const require = createRequire(import.meta.url);
// Latin (and Extended) for the names in letters and sources (ł, ą, ş…), Cyrillic (and Extended) for Russian and Kazakh ones.
const subsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
const fontFiles = ([400, 700] as const).flatMap((weight) => subsets.map((subset) => [subset, weight] as const));

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;
/** Reads the font files once per build. */
function loadFonts() {
	fonts ??= Promise.all(
		fontFiles.map(async ([subset, weight]) => ({
			// One family per subset: satori looks for a missing glyph in the next family, not the next file.
			name: `Source Serif 4 ${subset}`,
			data: await readFile(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`)),
			weight,
			style: 'normal' as const,
		})),
	);
	return fonts;
}

/** A satori element: the shape React elements have, without React. */
type Element = { type: string; props: { style?: Record<string, unknown>; children?: (Element | string)[] | string } };
const div = (style: Record<string, unknown>, children: (Element | string)[] | string): Element => ({ type: 'div', props: { style, children } });

/** The card as a PNG. Long titles shrink a step so they fit in four lines. */
export async function renderShareCard(card: ShareCard): Promise<Uint8Array> {
	const textWidth = shareCardSize.width - 2 * 72;
	const titleSize = card.title.length > 110 ? 52 : card.title.length > 70 ? 60 : 68;
	const layout = div(
		{
			width: shareCardSize.width,
			height: shareCardSize.height,
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '64px 72px',
			backgroundColor: '#fbfaf7',
			color: '#1d1d1b',
			fontFamily: subsets.map((subset) => `Source Serif 4 ${subset}`).join(', '),
			borderTop: '16px solid #7a2e1f',
		},
		[
			div({ fontSize: 32, color: '#5a5a55', width: textWidth }, card.kicker),
			div({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, width: textWidth }, card.title),
			div({ fontSize: 30, color: '#7a2e1f', width: textWidth }, card.footer),
		],
	);
	const svg = await satori(layout as Parameters<typeof satori>[0], { ...shareCardSize, fonts: await loadFonts() });
	return new Resvg(svg, { fitTo: { mode: 'width', value: shareCardSize.width } }).render().asPng();
}
