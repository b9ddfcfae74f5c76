/** When a frame never comes (a hidden page or frame), the batch still runs after this long. */
export const BATCH_FALLBACK_MS = 100;

export interface Scheduler {
	frame(run: () => void): () => void;
	timeout(run: () => void, ms: number): () => void;
}

const browserScheduler: Scheduler = {
	frame(run) {
		const id = requestAnimationFrame(run);
		return () => cancelAnimationFrame(id);
	},
	timeout(run, ms) {
		const id = setTimeout(run, ms);
		return () => clearTimeout(id);
	}
};

export interface FrameBatch<T> {
	push(item: T): void;
	/** Drops what is waiting; nothing more runs. */
	cancel(): void;
}

/**
 * Collects items (messages, commands) and hands them over together at most once per animation
 * frame: a flood of thousands costs one update of the page per frame, not one each. The next
 * frame, or the fallback timeout where no frame comes, whichever is first.
 */
export function frameBatch<T>(
	flush: (items: T[]) => void,
	scheduler: Scheduler = browserScheduler
): FrameBatch<T> {
	let items: T[] = [];
	let cancels: (() => void)[] = [];
	const stop = () => {
		for (const cancel of cancels) cancel();
		cancels = [];
	};
	const run = () => {
		stop();
		const batch = items;
		items = [];
		flush(batch);
	};
	return {
		push(item) {
			items.push(item);
			if (cancels.length === 0) {
				cancels = [scheduler.frame(run), scheduler.timeout(run, BATCH_FALLBACK_MS)];
			}
		},
		cancel() {
			stop();
			items = [];
		}
	};
}
