import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cardName, homeCard, letterCard } from '../../lib/page-cards.ts';
import type { ShareCard } from '../../lib/share-card.ts';
import { renderShareCard } from '../../lib/share-card-image.ts';

/** One share card per letter and one for the home page, drawn at build time (src/lib/share-card-image.ts). */
export const getStaticPaths = (async () => [
	{ params: { card: cardName.home }, props: { card: await homeCard() } },
	...(await Promise.all(
		(await getCollection('letters')).map(async (letter) => ({
			params: { card: cardName.letter(letter.id) },
			props: { card: await letterCard(letter) },
		})),
	)),
]) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
	new Response(new Uint8Array(await renderShareCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
