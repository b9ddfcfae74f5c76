// The standalone script behind `/embed.js`: defines `<story-map>`, which shows the story's embed
// view in an iframe as tall as its content. No framework; bundled and minified at build time.
import { parseResize } from '../lib/embed/messages';
import { EMBED_PARAMS } from '../lib/embed/params';
import { embedAddress } from './address';

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

/**
 * How near the viewport an element's frame is created: a screen ahead, so that a reader who
 * scrolls finds it loaded, while an article with many embeds starts only the ones near the reader.
 */
const NEAR = '100% 0px';

class StoryMapElement extends HTMLElement {
	static observedAttributes = ['src', 'story', ...passed];
	#frame: HTMLIFrameElement | null = null;
	/** The src last warned about, so that one bad value warns once. */
	#warned: string | null = null;

	/** The iframe once created (near the viewport), for hosts that post commands to it. */
	get frame(): HTMLIFrameElement | null {
		return this.#frame;
	}

	connectedCallback() {
		if (this.#frame) {
			// A frame put back into a document gets a new window.
			if (this.#frame.contentWindow) frames.set(this.#frame.contentWindow, this.#frame);
			return;
		}
		if (this.#url() === null) return;
		if (nearby) nearby.observe(this);
		else this.createFrame();
	}

	disconnectedCallback() {
		nearby?.unobserve(this);
	}

	attributeChangedCallback() {
		const url = this.#url();
		if (this.#frame && url && this.#frame.src !== url) this.#frame.src = url;
	}

	/** Creates the iframe; the element is near the viewport (or cannot tell). */
	createFrame() {
		const url = this.#url();
		if (this.#frame || !url) return;
		const frame = document.createElement('iframe');
		frame.title = this.getAttribute('title') || this.textContent?.trim() || 'Story map';
		frame.style.cssText = `display:block;width:100%;height:${INITIAL_HEIGHT}px;border:0`;
		frame.src = url;
		const style = document.createElement('style');
		style.textContent = ':host{display:block}';
		// The shadow root has no slot: once the frame is there, the fallback link is not shown.
		this.attachShadow({ mode: 'open' }).append(style, frame);
		this.#frame = frame;
		if (frame.contentWindow) frames.set(frame.contentWindow, frame);
	}

	/** The frame's address, or null (with one warning per bad value): the link then stays. */
	#url(): string | null {
		const site = this.getAttribute('src') || scriptSite;
		const story = this.getAttribute('story');
		const url = site ? embedAddress(site, location.href, story) : null;
		if (!url) {
			const value = `${site ?? ''} ${story ?? ''}`;
			if (this.#warned !== value) {
				this.#warned = value;
				console.warn(
					!site
						? '<story-map>: no src attribute and no script address; the link stays.'
						: embedAddress(site, location.href)
							? `<story-map>: story ${JSON.stringify(story?.slice(0, 80))} is not a story name (kebab-case); the link stays.`
							: `<story-map>: src ${JSON.stringify(site.slice(0, 80))} is not an http(s) address; the link stays.`
				);
			}
			return null;
		}
		for (const name of passed) {
			const value = this.getAttribute(name);
			if (value !== null) url.searchParams.set(name, value);
		}
		if (location.origin !== 'null') url.searchParams.set('origin', location.origin);
		return url.href;
	}
}

/** One observer for every element on the page: each gets its frame once it comes near. */
const nearby =
	typeof IntersectionObserver === 'undefined'
		? null
		: new IntersectionObserver(
				(entries, observer) => {
					for (const entry of entries) {
						if (!entry.isIntersecting) continue;
						observer.unobserve(entry.target);
						(entry.target as StoryMapElement).createFrame();
					}
				},
				{ rootMargin: NEAR }
			);

addEventListener('message', (event) => {
	const frame = event.source ? frames.get(event.source) : undefined;
	if (!frame || event.origin !== new URL(frame.src).origin) return;
	const height = parseResize(event.data);
	if (height !== null) frame.style.height = `${height}px`;
});

if (!customElements.get('story-map')) customElements.define('story-map', StoryMapElement);
