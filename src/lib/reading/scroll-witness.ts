/**
 * Whether the page scrolled between two readings of the step in view. A scroll event says so,
 * but it comes with the next frame: a scroll made by script or by a slow phone's reader just
 * before a reading has already moved the page and not yet been announced. So the page's position
 * says so too: where it stood at the last reading against where it stands now.
 */
export class ScrollWitness {
	#eventSeen = false;
	#y: number;

	/** `y`: where the page stood when the step in view was last read. */
	constructor(y: number, eventSeen = false) {
		this.#y = y;
		this.#eventSeen = eventSeen;
	}

	/** A scroll event. */
	scrolled(): void {
		this.#eventSeen = true;
	}

	/** Whether the page scrolled since the last reading; `y` is where it stands for this one. */
	read(y: number): boolean {
		const moved = this.#eventSeen || y !== this.#y;
		this.#eventSeen = false;
		this.#y = y;
		return moved;
	}
}
