/** Shows the "Copy" buttons (hidden without JavaScript, where selecting the text is the way) and wires them. */
export function enableCopyButtons(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
		// The text beside the button, as it reads once the reader's day is in it (scripts/reading-date.ts runs first).
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
