import type { Correction } from '../search/forgiving-search.ts';
import { correctionEvent } from './pagefind-components.ts';

/**
 * Says, beside a search's results, what search did with the words typed: "Showing results for
 * Zhanaozen (you typed Жаңаөзен)", or "Did you mean Dosmagambetov?" with a link that searches for it.
 */
export function showCorrections(notice: HTMLElement, searchPage: string): void {
	document.addEventListener(correctionEvent, (event) => {
		const correction = (event as CustomEvent<Correction | undefined>).detail;
		notice.replaceChildren();
		notice.hidden = !correction;
		if (!correction) return;
		const strong = (text: string) => Object.assign(document.createElement('strong'), { textContent: text });
		if ('showing' in correction) {
			notice.append('Showing results for ', strong(correction.showing), ` (you typed “${correction.typed}”).`);
		} else {
			const link = Object.assign(document.createElement('a'), { href: `${searchPage}?q=${encodeURIComponent(correction.didYouMean)}`, textContent: correction.didYouMean });
			notice.append('Did you mean ', link, '?');
		}
	});
}
