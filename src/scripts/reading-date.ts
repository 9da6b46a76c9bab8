import { unreadDate } from '../lib/unread-date.ts';

/**
 * The day the reader reads the page, which a built page cannot know: written into "Cite this" (where the
 * page says `unreadDate`; CSL-JSON gets the field it left out, before its URL) and into the printout's running footer
 * (`data-printed` on <html>, shown by cite.css's `@page` rule), again just before printing.
 */
export function stampReadingDate(): void {
	const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
	const now = new Date();
	const parts = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
	for (const code of document.querySelectorAll<HTMLElement>('.cite-this code[data-cite]')) {
		const form = code.dataset.cite;
		const text = code.textContent!;
		code.textContent =
			form === 'csl'
				? text.replace(/\n(\s*)"URL"/, `\n$1"accessed": { "date-parts": [[${parts.join(', ')}]] },$&`)
				: text.replace(unreadDate, form === 'plain' ? today() : parts.map((n) => String(n).padStart(2, '0')).join('-'));
	}
	const stamp = () => (document.documentElement.dataset.printed = `Printed ${today()}`);
	stamp();
	addEventListener('beforeprint', stamp);
}
