// The standalone script behind `/embed.js`: defines `<story-map>`, which shows the story's embed
// view in an iframe as tall as its content. No framework; bundled and minified at build time.
import { parseResize } from '../lib/embed/messages';
import { EMBED_PARAMS } from '../lib/embed/params';

/** Height before the embed has measured itself: about a map and a short step. */
const INITIAL_HEIGHT = 480;

/** Where this script came from: the default site when an element has no `src`. */
const scriptSite = (() => {
	const script = document.currentScript;
	return script instanceof HTMLScriptElement && script.src ? new URL('./', script.src).href : null;
})();

/** Each element's iframe, by the window that iframe shows, to match messages to their frame. */
const frames = new WeakMap<object, HTMLIFrameElement>();

/** The attributes passed on to the embed view; `origin` is always this page's own. */
const passed = EMBED_PARAMS.filter((name) => name !== 'origin');

class StoryMapElement extends HTMLElement {
	static observedAttributes = ['src', ...passed];
	#frame: HTMLIFrameElement | null = null;

	/** The iframe, for hosts that post `storymap:goto`, `next` or `prev` to it. */
	get frame(): HTMLIFrameElement | null {
		return this.#frame;
	}

	connectedCallback() {
		const url = this.#url();
		if (!url) {
			console.warn('<story-map>: no src attribute and no script address; the link stays.');
			return;
		}
		if (!this.#frame) {
			const frame = document.createElement('iframe');
			frame.title = this.getAttribute('title') || this.textContent?.trim() || 'Story map';
			frame.loading = 'lazy';
			frame.style.cssText = `display:block;width:100%;height:${INITIAL_HEIGHT}px;border:0`;
			frame.src = url;
			const style = document.createElement('style');
			style.textContent = ':host{display:block}';
			// The shadow root has no slot: once the frame is there, the fallback link is not shown.
			this.attachShadow({ mode: 'open' }).append(style, frame);
			this.#frame = frame;
		}
		// A frame put back into a document gets a new window.
		if (this.#frame.contentWindow) frames.set(this.#frame.contentWindow, this.#frame);
	}

	attributeChangedCallback() {
		const url = this.#url();
		if (this.#frame && url && this.#frame.src !== url) this.#frame.src = url;
	}

	#url(): string | null {
		const site = this.getAttribute('src') || scriptSite;
		if (!site) return null;
		const url = new URL('embed/', new URL(site.endsWith('/') ? site : `${site}/`, location.href));
		for (const name of passed) {
			const value = this.getAttribute(name);
			if (value !== null) url.searchParams.set(name, value);
		}
		if (location.origin !== 'null') url.searchParams.set('origin', location.origin);
		return url.href;
	}
}

addEventListener('message', (event) => {
	const frame = event.source ? frames.get(event.source) : undefined;
	if (!frame || event.origin !== new URL(frame.src).origin) return;
	const height = parseResize(event.data);
	if (height !== null) frame.style.height = `${height}px`;
});

if (!customElements.get('story-map')) customElements.define('story-map', StoryMapElement);
