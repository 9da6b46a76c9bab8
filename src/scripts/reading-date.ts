import { unreadDate } from '../lib/citation.ts';

/**
 * The day the reader reads the page, which a built page cannot know: written into "Cite this" (where the
 * page says `unreadDate`; CSL-JSON gets the field it left out) and into the printout's running footer
 * (`data-printed` on <html>, shown by cite.css's `@page` rule), again just before printing.
 */
export function stampReadingDate(): void {
	const now = new Date();
	const parts = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
	const iso = parts.map((n) => String(n).padStart(2, '0')).join('-');
	const words = now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
	for (const code of document.querySelectorAll<HTMLElement>('.cite-this code[data-cite]')) {
		const text = code.textContent ?? '';
		if (code.dataset.cite === 'csl') {
			const items = JSON.parse(text) as Record<string, unknown>[];
			for (const item of items) item['accessed'] = { 'date-parts': [parts] };
			code.textContent = JSON.stringify(items, null, 2);
		} else {
			code.textContent = text.replace(unreadDate, code.dataset.cite === 'plain' ? words : iso);
		}
	}
	const stamp = () => (document.documentElement.dataset.printed = `Printed ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`);
	stamp();
	addEventListener('beforeprint', stamp);
}
