export interface Timers {
	setTimeout: (callback: () => void, ms: number) => unknown;
	clearTimeout: (handle: unknown) => void;
}

const globalTimers: Timers = {
	setTimeout: (callback, ms) => setTimeout(callback, ms),
	clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

/**
 * An embed playing through its steps by itself. Each step gets its full time after it has
 * settled (a slow flight never eats reading time); the countdown waits while the frame is off
 * screen; playing stops at the last step, when the reader interacts, or when asked to.
 */
export class Autoplay {
	#ms: number;
	#advance: () => boolean;
	#onChange: (playing: boolean) => void;
	#timers: Timers;
	#playing = false;
	#visible = true;
	#settled = false;
	#timer: unknown;

	/**
	 * `advance` moves to the next step and returns false when there is none; `onChange` hears
	 * every switch between playing and paused.
	 */
	constructor(
		seconds: number,
		advance: () => boolean,
		onChange: (playing: boolean) => void,
		timers: Timers = globalTimers
	) {
		this.#ms = seconds * 1000;
		this.#advance = advance;
		this.#onChange = onChange;
		this.#timers = timers;
	}

	get playing(): boolean {
		return this.#playing;
	}

	/** Starts playing; at the last step, `restart` is called first (e.g. to go back to the first). */
	play(restart?: () => void): void {
		if (this.#playing) return;
		this.#set(true);
		restart?.();
		this.#schedule();
	}

	pause(): void {
		if (!this.#playing) return;
		this.#set(false);
		this.#cancel();
	}

	/** The active step has settled: its time starts now. */
	settled(): void {
		this.#settled = true;
		this.#schedule();
	}

	/** The reader moved to another step that has not settled yet. */
	moving(): void {
		this.#settled = false;
		this.#cancel();
	}

	setVisible(visible: boolean): void {
		this.#visible = visible;
		if (visible) this.#schedule();
		else this.#cancel();
	}

	destroy(): void {
		this.#cancel();
	}

	#set(playing: boolean) {
		this.#playing = playing;
		this.#onChange(playing);
	}

	#schedule() {
		this.#cancel();
		if (!this.#playing || !this.#visible || !this.#settled) return;
		this.#timer = this.#timers.setTimeout(() => {
			this.#timer = undefined;
			this.#settled = false;
			if (!this.#advance()) this.pause();
		}, this.#ms);
	}

	#cancel() {
		if (this.#timer === undefined) return;
		this.#timers.clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}
