/** Shows the "Copy" buttons (hidden without JavaScript, where selecting the text is the way) and wires them. */
export function enableCopyButtons(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
		// The form's text is in the DOM even while its <details> is closed: the button copies it either way.
		const text = button.parentElement?.querySelector('pre')?.textContent ?? '';
		button.hidden = false;
		button.addEventListener('click', async () => {
			const label = button.textContent;
			try {
				await navigator.clipboard.writeText(text);
				button.textContent = 'Copied';
			} catch {
				button.textContent = 'Select the text to copy it';
			}
			setTimeout(() => (button.textContent = label), 2000);
		});
	}
}
