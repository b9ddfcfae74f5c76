/**
 * When the live map starts (the public contract's "When the live map starts"). MapLibre is about
 * 444 KB gzip, and evaluating it, creating its WebGL context and drawing its first frames cost more
 * main thread than a phone's first view forgives; every step has a static map with the same
 * framing and symbols, so the live map is an enhancement that starts when the reader shows intent.
 */
import { takesKeys } from '$lib/reading/keys';

/**
 * `now`: as soon as the page has painted (the present view: a projector wants the live map).
 * `engagement`: on the reader's first gesture (the story page, the embed).
 */
export type StartPolicy = 'now' | 'engagement';

/** What the decision depends on, as the page knows it now. */
export interface StartState {
	policy: StartPolicy;
	/** The reader has engaged: a gesture on the page, or a step change they asked for. */
	engaged: boolean;
	/** The map's area is on screen (an embed scrolled out of its host's view is not). */
	visible: boolean;
}

/** Whether the live map should start now. */
export function shouldStart({ policy, engaged, visible }: StartState): boolean {
	return visible && (policy === 'now' || engaged);
}

/**
 * The events that show a reader's intent. A scroll alone is not among them (a restored scroll
 * position is not intent); a scroll that moves the reading position engages through the step
 * change it causes (StorySession.select).
 */
export const ENGAGING_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;

/** Typing into a field on the page is not a gesture at the story: its keys do not move it either. */
function typedIntoField(target: EventTarget | null): boolean {
	const t = target as Partial<HTMLElement> | null;
	if (!t || typeof t.tagName !== 'string') return false;
	return takesKeys({
		tagName: t.tagName,
		isContentEditable: t.isContentEditable === true,
		role: t.getAttribute?.('role') ?? null
	});
}

/** Calls back once, at the first engaging event on `target`; returns a function that stops. */
export function onFirstEngagement(target: EventTarget, callback: () => void): () => void {
	const options = { capture: true, passive: true } as const;
	const stop = () => {
		for (const type of ENGAGING_EVENTS) target.removeEventListener(type, handler, options);
	};
	const handler = (event: Event) => {
		if (event.type === 'keydown' && typedIntoField(event.target)) return;
		stop();
		callback();
	};
	for (const type of ENGAGING_EVENTS) target.addEventListener(type, handler, options);
	return stop;
}

/** What prefetching may read of the browser; tests pass a fake. */
export interface DataSaving {
	saveData?: boolean;
	reducedData?: boolean;
}

/** The reader's browser asks to save data (Save-Data, prefers-reduced-data). */
export function browserSavesData(): DataSaving {
	const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
	return {
		saveData: connection?.saveData === true,
		reducedData: matchMedia('(prefers-reduced-data: reduce)').matches
	};
}

/** Whether MapLibre's bytes may be fetched ahead of the reader's gesture. */
export function mayPrefetch(policy: StartPolicy, saving: DataSaving): boolean {
	return policy === 'engagement' && !saving.saveData && !saving.reducedData;
}
