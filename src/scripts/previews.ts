/**
 * Previews on the letter page, a layer over what works without JavaScript (each marker is a link to its
 * note or footnote). Hovering a marker with a mouse, or reaching it with the keyboard, shows the note
 * beside it; the preview sits right after the marker, so the mouse can move into it and Tab reaches its
 * links. A tap on a touch screen shows no preview: the link opens the note itself, once, in its place.
 * Escape closes a preview. Returns `show`, for the marker the reader reached for while this loaded.
 */
export function enablePreviews(root: ParentNode): (anchor: HTMLAnchorElement) => void {
	const preview = document.createElement('div');
	preview.className = 'preview';
	preview.id = 'preview';
	let owner: HTMLAnchorElement | undefined;
	let timer = 0;

	const hide = () => {
		clearTimeout(timer);
		if (preview.contains(document.activeElement)) owner?.focus();
		preview.remove();
		owner?.removeAttribute('aria-describedby');
		owner = undefined;
	};
	const hideSoon = () => (timer = window.setTimeout(hide, 300));

	const show = (anchor: HTMLAnchorElement) => {
		clearTimeout(timer);
		if (owner === anchor) return;
		hide();
		const target = document.getElementById(decodeURIComponent(anchor.hash.slice(1)));
		if (!target) return;
		// A note shows its title and body, a footnote its text; never their links back, markers or ids.
		const note = target.matches('.annotation');
		const copy = ((note && target.querySelector('.annotation-body')) || target).cloneNode(true) as Element;
		copy.querySelectorAll('[data-footnote-backref], .annotation, .permalink, .note-back, .note-ref').forEach((el) => el.remove());
		copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
		preview.replaceChildren((note && target.querySelector('.annotation-title')?.cloneNode(true)) || '', ...copy.childNodes);
		// Right after the marker's <sup>: the next stop for Tab, and within reach of the mouse.
		anchor.parentElement!.after(preview);
		const width = Math.min(384, innerWidth - 16);
		const box = anchor.getBoundingClientRect();
		const frame = (preview.offsetParent ?? document.body).getBoundingClientRect();
		preview.style.width = `${width}px`;
		preview.style.left = `${Math.max(8, Math.min(box.left, innerWidth - width - 8)) - frame.left}px`;
		preview.style.top = `${box.bottom + 4 - frame.top}px`;
		owner = anchor;
		anchor.setAttribute('aria-describedby', preview.id);
	};

	for (const anchor of root.querySelectorAll<HTMLAnchorElement>('sup > a')) {
		anchor.addEventListener('pointerenter', (event) => event.pointerType === 'mouse' && show(anchor));
		anchor.addEventListener('pointerleave', hideSoon);
		// Keyboard focus only: a tap focuses the link too, and then opens the note itself.
		anchor.addEventListener('focus', () => anchor.matches(':focus-visible') && show(anchor));
		anchor.addEventListener('click', hide);
	}
	preview.addEventListener('pointerenter', () => clearTimeout(timer));
	preview.addEventListener('pointerleave', hideSoon);
	document.addEventListener('focusin', (event) => owner && event.target !== owner && !preview.contains(event.target as Node) && hide());
	document.addEventListener('keydown', (event) => event.key === 'Escape' && hide());
	return show;
}
