/// <reference types="vite-plugin-pwa/vanillajs" />

/**
 * - `unsupported`: no service worker here (old browser, blocked, or not a secure origin).
 * - `installing`: the first visit is saving the site for offline use.
 * - `ready`: the whole site works with the network off.
 * - `update`: a new version is saved and waits for the reader to reload into it.
 * - `failed`: registering the worker failed; the site still works online.
 */
export type OfflineState = 'unsupported' | 'installing' | 'ready' | 'update' | 'failed';

class OfflineStatus {
	state = $state<OfflineState>('installing');
	/** True once, when this visit has just made the site ready for offline use. */
	justReady = $state(false);
	#update: ((reload?: boolean) => Promise<void>) | undefined;

	/** Switches to the waiting new version; every open page of the site reloads into it. */
	async applyUpdate(): Promise<void> {
		await this.#update?.(true);
	}

	#started = false;

	/**
	 * Registers the service worker (once per page) and follows what it does. Its code (Workbox's
	 * window half) loads only now, which the layout leaves until the page is idle: no reader
	 * waits for offline saving.
	 */
	async start(): Promise<void> {
		if (this.#started) return;
		this.#started = true;
		if (!('serviceWorker' in navigator)) {
			this.state = 'unsupported';
			return;
		}
		// A page that was already served by a worker reloads when a new version takes over (it was
		// accepted in another window), so no page runs old code against the new version's files.
		const hadController = navigator.serviceWorker.controller !== null;
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			if (hadController) location.reload();
		});
		const { registerSW } = await import('virtual:pwa-register').catch(() => ({
			registerSW: undefined
		}));
		if (!registerSW) {
			this.state = 'failed';
			return;
		}
		this.#update = registerSW({
			immediate: true,
			onOfflineReady: () => {
				this.state = 'ready';
				this.justReady = true;
			},
			onNeedRefresh: () => {
				this.state = 'update';
			},
			onRegisteredSW: (_url, registration) => {
				if (registration?.active && this.state === 'installing') this.state = 'ready';
			},
			onRegisterError: (error: unknown) => {
				console.warn('Offline use is not available: the service worker did not register.', error);
				this.state = 'failed';
			}
		});
	}
}

/** The site's offline status, shared by every component that shows it. */
export const offline = new OfflineStatus();
