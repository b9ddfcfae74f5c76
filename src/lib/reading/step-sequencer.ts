import type { CameraTarget } from '$lib/story/camera';

export interface SettledStep {
	index: number;
	id: string;
	camera: CameraTarget;
}

/**
 * Keeps the settle rule of the public contract: the map is asked to show step after step, each
 * request tagged; only the settling of the latest request is announced, so an interrupted move
 * that ends late never announces a step the reader has already left.
 */
export class StepSequencer {
	#latest = -1;
	#slugs: readonly string[];

	constructor(slugs: readonly string[]) {
		this.#slugs = slugs;
	}

	/** Records a request to show step `index`; returns the tag to pass along with the move. */
	request(index: number): number {
		this.#latest = index;
		return index;
	}

	get latest(): number {
		return this.#latest;
	}

	/** The step to announce when the move tagged `tag` has ended, or null if it is stale. */
	settled(tag: number, camera: CameraTarget): SettledStep | null {
		if (tag !== this.#latest) return null;
		const id = this.#slugs[tag];
		return id === undefined ? null : { index: tag, id, camera };
	}
}
