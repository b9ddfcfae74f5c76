import { tick } from 'svelte';
import { cameraForPanel, type Panel } from '$lib/story/camera';
import type { Step, StepMap, Story } from '$lib/story/story';
import { createMapView, type MapView } from '$lib/map/map-view';
import { MapUnavailable } from '$lib/map/map-error';
import type { Theme } from '$lib/map/style';
import { announceStep } from './announce';
import { StepSequencer } from './step-sequencer';
import { nearestFirst } from './nearest-first';
import { newVersionDeployed } from './new-version';
import { perfMark } from '$lib/perf-marks';

/**
 * - `static`: the static maps, before the live map is asked for.
 * - `loading`, `live`: the live map is loading, or is there and follows the steps.
 * - `failed`: it could not start; `mapMessage` says why, `mapRemedy` what the reader can do.
 * - `lost`: the browser took its WebGL context away; the static maps stand in until it is back.
 */
export type MapStatus = 'static' | 'loading' | 'live' | 'failed' | 'lost';

/** What a reader can do about a failed map: ask again, or reload into the site's new version. */
export type MapRemedy = 'retry' | 'reload' | undefined;

interface MapStart {
	container: HTMLElement;
	theme: Theme;
	base: string;
}

const NEW_VERSION =
	'A new version of this site has been published since this page was opened: reload the page for the interactive map.';
const CONTEXT_LOST = 'The interactive map has paused: the browser reset its graphics.';

/** What a session reads of a step: its slug, for the settle signal, and its maps. */
export type SessionStep = StepMap & Pick<Step, 'slug'>;

/**
 * One reading of a story: which step is active, and the map following it. Every reading mode
 * drives it the same way (select a step by index); it keeps the public contract's settle rule
 * whether or not the live map is there. A mode that needs less of a step (the embed) gives it
 * less (`S`).
 */
export class StorySession<S extends SessionStep = Step> {
	active = $state(0);
	mapStatus = $state<MapStatus>('static');
	/** Why the live map is not there, for the reader; empty while nothing is wrong. */
	mapMessage = $state('');
	mapRemedy = $state<MapRemedy>();
	/** Whether the reader has unlocked the map to pan, zoom and click places. */
	exploring = $state(false);
	/** The place or area the reader last asked about (by link or by clicking the map). */
	picked = $state<string | undefined>();
	systemReducedMotion = $state(false);
	animationOff = $state(false);
	/** Flights become jumps: the reader's system asks for it, or they switched animation off. */
	reducedMotion = $derived(this.systemReducedMotion || this.animationOff);
	/**
	 * The reader has shown intent (a gesture, a step change they asked for): the live map may
	 * start (map/live-map-start.ts).
	 */
	engaged = $state(false);
	/** The reader has engaged and the live map is on its way: not live yet, nor failed. */
	liveMapComing = $derived(
		this.engaged && (this.mapStatus === 'static' || this.mapStatus === 'loading')
	);
	/** The live map's label scale (map-view.ts): set before the map starts. */
	labelScale = 1;
	/** The story's geodata folder under the site's root (`Story.geodata`): the live map loads it. */
	readonly geodata: string;

	#steps: readonly S[];
	#places: Story['places'];
	#panel: () => Panel;
	#sequencer: StepSequencer;
	#view: MapView | undefined;
	/** How the live map was last started: a retry starts it the same way. */
	#start: MapStart | undefined;
	#destroyed = false;

	/**
	 * `panel` measures the map's box and padding now (they follow the layout). Without `places`
	 * (a mode where no place is asked about), `preview` shows none.
	 */
	constructor(
		story: { steps: readonly S[]; places?: Story['places']; geodata: string },
		panel: () => Panel
	) {
		this.geodata = story.geodata;
		const steps = story.steps;
		this.#steps = steps;
		this.#places = story.places ?? {};
		this.#panel = panel;
		this.#sequencer = new StepSequencer(steps.map((s) => s.slug));
	}

	get step(): S {
		return this.#steps[this.active] as S;
	}

	/**
	 * Makes a step active and moves the map to it; repeated selections of it are ignored. A step
	 * change is the reader's doing, and so engages, unless `engage` is false (the step a page
	 * opens on).
	 */
	select(index: number, { force = false, engage = true } = {}): void {
		const step = this.#steps[index];
		if (!step || (index === this.active && !force && this.#sequencer.latest === index)) return;
		if (engage) this.engaged = true;
		this.active = index;
		const tag = this.#sequencer.request(index);
		if (this.#view && this.mapStatus === 'live') {
			perfMark('step-request', index);
			this.#view.show(step);
			this.#prefetchAround(index);
			return;
		}
		const settled = this.#sequencer.settled(tag, cameraForPanel(step.camera, this.#panel()));
		if (settled) announceStep(settled);
	}

	/** The reader engaged with the page (a pointer, a key): the live map may start. */
	engage(): void {
		this.engaged = true;
	}

	/** Loads the live map into `container`; on failure the static maps stay and a message says why. */
	async startMap(options: MapStart) {
		if (this.mapStatus !== 'static') return;
		this.#start = options;
		this.mapStatus = 'loading';
		try {
			const view = await createMapView({
				...options,
				geodata: this.geodata,
				reducedMotion: this.reducedMotion,
				labelScale: this.labelScale,
				onPick: (fid) => (this.picked = fid),
				padding: () => this.#panel().padding,
				initial: this.step,
				onSettle: (tag, camera) => {
					const settled = this.#sequencer.settled(tag, camera);
					if (settled) announceStep(settled);
				},
				onLost: () => this.#contextLost(),
				onRestored: () => void this.#contextRestored()
			});
			if (this.#destroyed) {
				view.destroy();
				return;
			}
			this.#view = view;
			await this.#goLive(view);
		} catch (error) {
			await this.#failed(error, options.base);
		}
	}

	/** Starts the live map again after a failure that trying again may mend (`mapRemedy` 'retry'). */
	retryMap(): void {
		if (this.mapStatus !== 'failed' || this.mapRemedy !== 'retry' || !this.#start) return;
		this.mapStatus = 'static';
		this.mapMessage = '';
		this.mapRemedy = undefined;
		void this.startMap(this.#start);
	}

	/** Shows the live map, settled on the step the reader is at now. */
	async #goLive(view: MapView): Promise<void> {
		this.mapStatus = 'live';
		// The page shows the live map before it announces a camera read from it.
		await tick();
		if (this.#view !== view || this.mapStatus !== 'live') return;
		// The reader may have moved on while the map loaded: settle on where they are now.
		this.#sequencer.request(this.active);
		view.show(this.step, { animate: false });
		// What the reader asked for while the map loaded: to explore, or to see a place.
		if (this.exploring) view.setExplore(true);
		if (this.picked) this.preview(this.picked);
		this.#prefetchAround(this.active);
		view.prepare(nearestFirst(this.#steps, this.active));
	}

	async #failed(error: unknown, base: string): Promise<void> {
		const fault = error instanceof MapUnavailable ? error : undefined;
		// MapLibre's code missing may mean the site was deployed again since this page loaded: its
		// old chunks are gone, and only a reload brings the map back.
		if (fault?.fault === 'code' && (await newVersionDeployed(base).catch(() => false))) {
			this.mapMessage = NEW_VERSION;
			this.mapRemedy = 'reload';
		} else {
			this.mapMessage = error instanceof Error ? error.message : String(error);
			this.mapRemedy = fault?.retryable === false ? undefined : 'retry';
		}
		this.mapStatus = 'failed';
	}

	/**
	 * The map stopped drawing: the steps go on with their static maps and target cameras (as
	 * without WebGL) and the reader is told, until the context is restored.
	 */
	#contextLost(): void {
		if (this.mapStatus !== 'live') return;
		this.mapStatus = 'lost';
		this.mapMessage = CONTEXT_LOST;
		// A flight the loss cut short never ends: the step settles now, on its target camera.
		const step = this.step;
		const settled = this.#sequencer.settled(
			this.#sequencer.request(this.active),
			cameraForPanel(step.camera, this.#panel())
		);
		if (settled) announceStep(settled);
	}

	/** The map draws again: it takes over on the reader's current step and settles there. */
	async #contextRestored(): Promise<void> {
		if (this.mapStatus !== 'lost' || !this.#view) return;
		this.mapMessage = '';
		await this.#goLive(this.#view);
	}

	/** The reader goes on to a neighbouring step next: what it needs is fetched now. */
	#prefetchAround(index: number): void {
		for (const next of [this.#steps[index + 1], this.#steps[index - 1]]) {
			if (next) this.#view?.prefetch(next);
		}
	}

	setTheme(theme: Theme): void {
		this.#view?.setTheme(theme);
	}

	/** The reader's system setting for motion (prefers-reduced-motion). */
	setSystemReducedMotion(reduce: boolean): void {
		this.systemReducedMotion = reduce;
		this.#view?.setReducedMotion(this.reducedMotion);
	}

	/** The page's own "Animation off" switch, which adds to the system setting. */
	setAnimationOff(off: boolean): void {
		this.animationOff = off;
		this.#view?.setReducedMotion(this.reducedMotion);
	}

	/** Shows a place or area the reader asked about; returns false when there is no live map. */
	preview(fid: string): boolean {
		const place = this.#places[fid];
		this.picked = fid;
		if (!place || !this.#view) return false;
		this.#view.preview({ camera: place.camera, map: { features: [fid] } });
		return true;
	}

	/** Unlocks the map so the reader can pan, zoom and click places. */
	explore(): void {
		if (this.exploring) return;
		this.exploring = true;
		this.#view?.setExplore(true);
	}

	/** Locks the map again and brings it back to the active step's view. */
	returnToStory(): void {
		this.picked = undefined;
		if (this.exploring) {
			this.exploring = false;
			this.#view?.setExplore(false);
		}
		this.select(this.active, { force: true });
	}

	resize(): void {
		this.#view?.resize();
	}

	destroy(): void {
		this.#destroyed = true;
		this.#view?.destroy();
		this.#view = undefined;
	}
}
