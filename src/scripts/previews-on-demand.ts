// Vite builds the previews as a bundle of their own and gives its address (`?worker&url` is how it does
// that for a file loaded by URL; it runs here as a module, not a worker).
import previewsBundle from './previews-start.ts?worker&url';

/**
 * Loads the letter's previews only when a reader first points at a marker with a mouse or reaches one
 * with the keyboard: the letter's first view carries no preview code, and a touch reader, who gets the
 * note itself, never loads it.
 */
export function previewsOnDemand(root: Element): void {
	const load = (event: Event) => {
		const anchor = (event.target as Element).closest?.('sup > a');
		if (!anchor || !root.contains(anchor) || (event instanceof PointerEvent ? event.pointerType !== 'mouse' : !anchor.matches(':focus-visible')))
			return;
		document.removeEventListener('pointerover', load);
		document.removeEventListener('focusin', load);
		// An address in a variable: Vite leaves the import as it is (as scripts/header-search.ts does for search).
		void import(/* @vite-ignore */ previewsBundle);
	};
	document.addEventListener('pointerover', load);
	document.addEventListener('focusin', load);
}
