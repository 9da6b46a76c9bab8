import { unreadDate } from '../lib/unread-date.ts';

/**
 * The day the reader reads the page, which a built page cannot know: written into "Cite this"'s citation
 * (where the page says `unreadDate`) and into the printout's running footer (`data-printed` on <html>, shown
 * by cite.css's `@page` rule), again just before printing.
 */
export function stampReadingDate(): void {
	const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
	const citation = document.querySelector('.cite-this code[data-cite]');
	if (citation) citation.textContent = citation.textContent!.replace(unreadDate, today());
	const stamp = () => (document.documentElement.dataset.printed = `Printed ${today()}`);
	stamp();
	addEventListener('beforeprint', stamp);
}
