import { whenIdle } from './reading/first-paint';

export interface IdleQueue<T> {
	push(...items: T[]): void;
	/** Drops what is waiting; nothing more runs. */
	stop(): void;
}

/**
 * Work no reader waits on (prefetches, copies for offline use), one item per idle moment: twenty
 * fetches started in one task are a long task on a phone (60–100 ms at 4× CPU), which counts
 * against the page's responsiveness however late it comes. `idle` schedules a callback and
 * returns its cancel (`whenIdle`; tests pass one they run by hand).
 */
export function idleQueue<T>(run: (item: T) => void, idle = whenIdle): IdleQueue<T> {
	const items: T[] = [];
	let cancel: (() => void) | undefined;
	let stopped = false;
	const next = () => {
		cancel = undefined;
		const item = items.shift();
		if (stopped || item === undefined) return;
		run(item);
		if (items.length > 0) cancel = idle(next);
	};
	return {
		push(...more) {
			if (stopped) return;
			items.push(...more);
			if (!cancel && items.length > 0) cancel = idle(next);
		},
		stop() {
			stopped = true;
			items.length = 0;
			cancel?.();
		}
	};
}
