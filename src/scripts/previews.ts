/**
 * Previews on the letter page, as a layer over what already works without JavaScript: hovering or
 * focusing a footnote reference shows the footnote; hovering a marked passage shows its note.
 * Escape closes a preview; the links still jump to the footnote or note as before.
 */
export function enablePreviews(root: ParentNode = document): void {
	const preview = document.createElement('div');
	preview.className = 'preview';
	preview.id = 'preview';
	preview.setAttribute('role', 'tooltip');
	preview.hidden = true;
	document.body.append(preview);
	let owner: HTMLElement | undefined;

	const hide = () => {
		preview.hidden = true;
		owner?.removeAttribute('aria-describedby');
		owner = undefined;
	};

	const show = (anchor: HTMLElement, content: Node[]) => {
		if (content.length === 0) return;
		preview.replaceChildren(...content);
		preview.hidden = false;
		const box = anchor.getBoundingClientRect();
		const width = Math.min(384, document.documentElement.clientWidth - 16);
		preview.style.width = `${width}px`;
		preview.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8))}px`;
		preview.style.top = `${box.bottom + window.scrollY + 6}px`;
		owner = anchor;
		// Keep a previous description (a footnote ref has one) and add ours.
		anchor.setAttribute('aria-describedby', [anchor.dataset.describedby, preview.id].filter(Boolean).join(' '));
	};

	const footnoteContent = (ref: HTMLAnchorElement): Node[] => {
		const target = document.getElementById(decodeURIComponent(ref.hash.slice(1)));
		if (!target) return [];
		const copy = target.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('[data-footnote-backref], .annotation, .permalink').forEach((el) => el.remove());
		copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
		return [...copy.childNodes];
	};

	const noteContent = (mark: HTMLElement): Node[] => {
		const note = document.getElementById(`annotation-${mark.dataset.annotation}`);
		const title = note?.querySelector('.annotation-title')?.textContent;
		const body = note?.querySelector('.annotation-body');
		if (!note || !body) return [];
		const heading = document.createElement('p');
		heading.className = 'preview-title';
		heading.textContent = title ?? '';
		const copy = body.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
		copy.querySelector('.annotation-permalink')?.remove();
		return [heading, ...copy.childNodes];
	};

	for (const ref of root.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref]')) {
		ref.dataset.describedby = ref.getAttribute('aria-describedby') ?? '';
		const open = () => show(ref, footnoteContent(ref));
		ref.addEventListener('mouseenter', open);
		ref.addEventListener('focus', open);
		ref.addEventListener('mouseleave', hide);
		ref.addEventListener('blur', hide);
	}
	for (const mark of root.querySelectorAll<HTMLElement>('mark[data-annotation]')) {
		mark.addEventListener('mouseenter', () => show(mark, noteContent(mark)));
		mark.addEventListener('mouseleave', hide);
	}
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && !preview.hidden) hide();
	});
}
