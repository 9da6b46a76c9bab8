import { enablePreviews } from './previews.ts';

/* The previews' own bundle, loaded by `previews-on-demand.ts`: it starts them, and shows the one the reader reached for. */
const show = enablePreviews(document.querySelector('.letter')!);
const reached = document.querySelector<HTMLAnchorElement>('.letter sup > a:hover, .letter sup > a:focus-visible');
if (reached) show(reached);
