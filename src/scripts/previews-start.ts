import { enablePreviews } from './previews.ts';
import previewsStylesheet from '../styles/previews.css?url';

/*
 * The previews' own bundle, loaded by `previews-on-demand.ts`: it links their styles (not part of the letter's
 * first view), then starts them and shows the one the reader reached for, so no preview shows unstyled.
 */
const start = () => {
	const show = enablePreviews(document.querySelector('.letter')!);
	const reached = document.querySelector<HTMLAnchorElement>('.letter sup > a:hover, .letter sup > a:focus-visible');
	if (reached) show(reached);
};
const sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: previewsStylesheet });
sheet.addEventListener('load', start, { once: true });
sheet.addEventListener('error', start, { once: true });
document.head.append(sheet);
