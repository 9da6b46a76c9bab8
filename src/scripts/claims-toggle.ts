/**
 * The letter's "claims and requests" switch: the passages are marked in the page already, so the switch only
 * sets a class that makes the marks and their statuses show. Without JavaScript the button stays hidden and
 * the claims page, linked beside it, shows the same set.
 */
export function enableClaimsToggle(button: HTMLElement | null, letter: Element | null): void {
	if (!button || !letter) return;
	button.hidden = false;
	button.addEventListener('click', () => {
		const on = button.getAttribute('aria-pressed') !== 'true';
		button.setAttribute('aria-pressed', String(on));
		letter.classList.toggle('show-claims', on);
	});
}
