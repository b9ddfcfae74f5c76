/** Starts a timer; returns a function that cancels it. Tests pass a fake clock. */
export type After = (ms: number, callback: () => void) => () => void;

const realAfter: After = (ms, callback) => {
	const id = setTimeout(callback, ms);
	return () => clearTimeout(id);
};

/**
 * While the page scrolls itself to a step (a key, a link, Home or End), the steps it passes on the
 * way are not where the reader is going: the scroll reader must neither announce them nor fly the
 * map to them. The jump lasts until the scroll ends (`scrollend`) or, where no scroll comes at all
 * (the step was already in place) or `scrollend` never fires, until scrolling has been quiet for
 * `quietMs`; `onEnd` then lets the reader check where the page really is.
 */
export class JumpGuard {
	#cancel: (() => void) | undefined;
	readonly #after: After;
	readonly #quietMs: number;
	readonly #onEnd: () => void;

	constructor(onEnd: () => void, { after = realAfter, quietMs = 1000 } = {}) {
		this.#onEnd = onEnd;
		this.#after = after;
		this.#quietMs = quietMs;
	}

	/** True while a jump is under way: scroll positions are passing, not arriving. */
	get jumping(): boolean {
		return this.#cancel !== undefined;
	}

	/** The page starts scrolling itself to a step. */
	begin(): void {
		this.#arm();
	}

	/** A scroll event: a jump under way is still moving. */
	scrolled(): void {
		if (this.jumping) this.#arm();
	}

	/** The scroll has ended: a jump under way has arrived. */
	scrollEnded(): void {
		if (this.jumping) this.#finish();
	}

	stop(): void {
		this.#cancel?.();
		this.#cancel = undefined;
	}

	#arm(): void {
		this.#cancel?.();
		this.#cancel = this.#after(this.#quietMs, () => this.#finish());
	}

	#finish(): void {
		this.stop();
		this.#onEnd();
	}
}
