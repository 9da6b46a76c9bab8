/**
 * Loads a module script from the site (Pagefind's bundle) by adding a `<script type="module">`:
 * the Content-Security-Policy allows it ('self'), and it spares the page the bundler's
 * dynamic-import helper, so pages that never search load less.
 */
export function loadModuleScript(src: string): Promise<void> {
	return new Promise((done, fail) => {
		if (document.querySelector(`script[src="${src}"]`)) return done();
		const script = document.createElement('script');
		script.type = 'module';
		script.src = src;
		script.addEventListener('load', () => done(), { once: true });
		script.addEventListener('error', () => fail(new Error(`Could not load ${src}`)), { once: true });
		document.head.append(script);
	});
}
