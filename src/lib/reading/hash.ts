import { inNextTask } from './first-paint';

/** The step a location hash names, or undefined for none or an unknown slug. */
export function slugFromHash(hash: string, slugs: readonly string[]): string | undefined {
	let slug: string;
	try {
		slug = decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return undefined;
	}
	return slugs.includes(slug) ? slug : undefined;
}

/**
 * Replaces the page's address without adding a history entry: through SvelteKit's router where it
 * runs the page (present/router-url.ts), straight through `history` on the story page, which runs
 * without it.
 */
export type ReplaceUrl = (url: URL) => void;

export const replaceUrlInHistory: ReplaceUrl = (url) =>
	history.replaceState(history.state, '', url);

/** Points the address at a step without adding a history entry. */
export function replaceHash(slug: string, replaceUrl: ReplaceUrl): void {
	if (location.hash === `#${slug}`) return;
	// The current page's own URL with only its hash changed: the base path is already in it.
	const url = new URL(location.href);
	url.hash = slug;
	replaceUrl(url);
}

/**
 * Where a deferred write is run; returns a function that cancels it. A task later by default
 * (`inNextTask`); tests pass one they run by hand.
 */
export type Schedule = (write: () => void) => () => void;

export interface HashWriter {
	/** Points the address at `slug` a task from now; a later call before then replaces it. */
	write(slug: string): void;
	/** Drops a write that has not happened. */
	stop(): void;
}

/**
 * Writes the step's hash a task after the step changes, and only the latest: the browser's
 * address update costs a few milliseconds each time, which in the step change's own task (with
 * the map's move and the page's layout) pushes a quick scroll's steps into long tasks.
 */
export function hashWriter(replaceUrl: ReplaceUrl, schedule: Schedule = inNextTask): HashWriter {
	let pending: string | undefined;
	let cancel: (() => void) | undefined;
	return {
		write(slug) {
			pending = slug;
			cancel ??= schedule(() => {
				cancel = undefined;
				const slugNow = pending;
				pending = undefined;
				if (slugNow !== undefined) replaceHash(slugNow, replaceUrl);
			});
		},
		stop() {
			pending = undefined;
			cancel?.();
			cancel = undefined;
		}
	};
}
