import { tick } from 'svelte';
import { cameraForPanel, type Panel } from '$lib/story/camera';
import type { Step, Story } from '$lib/story/story';
import { createMapView, type MapStep, type MapView } from '$lib/map/map-view';
import type { Theme } from '$lib/map/style';
import { announceStep } from './announce';
import { StepSequencer } from './step-sequencer';
import { afterFirstPaint } from './first-paint';
import { systemTheme } from './media';
import { perfMark } from '$lib/perf-marks';

export type MapStatus = 'static' | 'loading' | 'live' | 'failed';

const mapStep = (step: Step): MapStep => ({
	index: step.index,
	camera: step.camera,
	features: step.map.features,
	context: step.map.context,
	nativeNames: step.map.nativeNames
});

/**
 * One reading of a story: which step is active, and the map following it. Every reading mode
 * drives it the same way (select a step by index); it keeps the public contract's settle rule
 * whether or not the live map is there.
 */
export class StorySession {
	active = $state(0);
	mapStatus = $state<MapStatus>('static');
	mapMessage = $state('');
	/** Whether the reader has unlocked the map to pan, zoom and click places. */
	exploring = $state(false);
	/** The place or area the reader last asked about (by link or by clicking the map). */
	picked = $state<string | undefined>();
	reducedMotion = $state(false);

	#steps: readonly Step[];
	#places: Story['places'];
	#panel: () => Panel;
	#sequencer: StepSequencer;
	#view: MapView | undefined;
	#destroyed = false;

	/** `panel` measures the map's box and padding now (they follow the layout). */
	constructor(story: Pick<Story, 'steps' | 'places'>, panel: () => Panel) {
		const steps = story.steps;
		this.#steps = steps;
		this.#places = story.places;
		this.#panel = panel;
		this.#sequencer = new StepSequencer(steps.map((s) => s.slug));
	}

	get step(): Step {
		return this.#steps[this.active] as Step;
	}

	/** Makes a step active and moves the map to it; repeated selections of it are ignored. */
	select(index: number, { force = false } = {}): void {
		const step = this.#steps[index];
		if (!step || (index === this.active && !force && this.#sequencer.latest === index)) return;
		this.active = index;
		const tag = this.#sequencer.request(index);
		if (this.#view) {
			perfMark('step-request', index);
			this.#view.show(mapStep(step));
			this.#prefetchAround(index);
			return;
		}
		const settled = this.#sequencer.settled(tag, cameraForPanel(step.camera, this.#panel()));
		if (settled) announceStep(settled);
	}

	/**
	 * Starts the live map once the page has painted, so that MapLibre never holds the text back
	 * (first-paint.ts). `theme` forces a colour scheme (an embed's theme=); by default the reader's.
	 * Returns a function that cancels a start not yet begun.
	 */
	startMapAfterPaint(container: () => HTMLElement | undefined, base: string, theme?: Theme) {
		return afterFirstPaint(() => {
			const element = container();
			if (element) void this.startMap({ container: element, base, theme: theme ?? systemTheme() });
		});
	}

	/** Loads the live map into `container`; on failure the static maps stay and a message says why. */
	async startMap(options: { container: HTMLElement; theme: Theme; base: string }) {
		this.mapStatus = 'loading';
		try {
			const view = await createMapView({
				...options,
				reducedMotion: this.reducedMotion,
				onPick: (fid) => (this.picked = fid),
				padding: () => this.#panel().padding,
				initial: mapStep(this.step),
				onSettle: (tag, camera) => {
					const settled = this.#sequencer.settled(tag, camera);
					if (settled) announceStep(settled);
				}
			});
			if (this.#destroyed) {
				view.destroy();
				return;
			}
			this.#view = view;
			this.mapStatus = 'live';
			// The page shows the live map before it announces a camera read from it.
			await tick();
			// The reader may have moved on while the map loaded: settle on where they are now.
			this.#sequencer.request(this.active);
			view.show(mapStep(this.step), { animate: false });
			this.#prefetchAround(this.active);
		} catch (error) {
			this.mapStatus = 'failed';
			this.mapMessage = error instanceof Error ? error.message : String(error);
		}
	}

	/** The reader goes on to a neighbouring step next: what it needs is fetched now. */
	#prefetchAround(index: number): void {
		for (const next of [this.#steps[index + 1], this.#steps[index - 1]]) {
			if (next) this.#view?.prefetch(mapStep(next));
		}
	}

	setTheme(theme: Theme): void {
		this.#view?.setTheme(theme);
	}

	setReducedMotion(reduce: boolean): void {
		this.reducedMotion = reduce;
		this.#view?.setReducedMotion(reduce);
	}

	/** Shows a place or area the reader asked about; returns false when there is no live map. */
	preview(fid: string): boolean {
		const place = this.#places[fid];
		this.picked = fid;
		if (!place || !this.#view) return false;
		this.#view.preview({ camera: place.camera, features: [fid] });
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
