import { loadPagefindComponents } from './pagefind-components.ts';
import { showCorrections } from './search-correction.ts';

/**
 * The header search is a plain form that opens /search/?q=… and works without JavaScript.
 * This adds the `/` shortcut, and the first time a reader focuses the box it becomes Pagefind's
 * searchbox (results as you type, arrow keys, announced counts): search code loads only when
 * someone starts to search.
 */
export function enhanceHeaderSearch(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	if (!form || !input) return;

	document.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
		const target = event.target as HTMLElement | null;
		if (target?.closest('input, textarea, select, [contenteditable="true"], pagefind-searchbox')) return;
		event.preventDefault();
		(form.parentElement?.querySelector<HTMLInputElement>('pagefind-searchbox input') ?? input).focus();
	});

	// The search page has its own, larger search UI.
	if (document.querySelector('[data-search-page]')) return;
	input.addEventListener('focus', () => upgrade(form, input), { once: true });
}

async function upgrade(form: HTMLFormElement, input: HTMLInputElement): Promise<void> {
	const { bundle, vocabulary } = form.dataset;
	if (!bundle || !vocabulary) return;
	try {
		await loadPagefindComponents(bundle, vocabulary);
	} catch {
		return; // The plain form still works.
	}
	const config = document.createElement('pagefind-config');
	config.setAttribute('bundle-path', bundle);
	config.setAttribute('highlight-param', 'highlight');
	const box = document.createElement('pagefind-searchbox');
	box.setAttribute('show-sub-results', '');
	box.setAttribute('hide-shortcut', '');
	box.setAttribute('shortcut', 'mod+k');
	box.setAttribute('placeholder', input.placeholder);
	const wrapper = document.createElement('div');
	wrapper.className = 'site-search site-search-live';
	const notice = Object.assign(document.createElement('p'), { className: 'search-correction', hidden: true });
	notice.setAttribute('aria-live', 'polite');
	showCorrections(notice, form.action);
	wrapper.append(config, box, notice);
	const typed = input.value;
	const hadFocus = document.activeElement === input;
	form.hidden = true;
	form.after(wrapper);
	const live = await new Promise<HTMLInputElement | null>((done) => requestAnimationFrame(() => done(box.querySelector('input'))));
	if (!live) {
		wrapper.remove();
		form.hidden = false;
		return;
	}
	live.setAttribute('aria-label', 'Search the site');
	live.value = typed;
	if (typed) live.dispatchEvent(new Event('input', { bubbles: true }));
	if (hadFocus) live.focus();
}
