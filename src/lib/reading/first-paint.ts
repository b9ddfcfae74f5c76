/** What afterFirstPaint needs from the browser; tests pass a fake. */
export interface PaintClock {
	/** True once the page has painted content (the prerendered text). */
	painted(): boolean;
	/** Calls back when the first contentful paint is reported; returns a function that stops. */
	onPaint(callback: () => void): () => void;
	/** Calls back after `ms` (a safety net); returns a function that cancels. */
	after(ms: number, callback: () => void): () => void;
}

/** The browser's paint timing, or undefined where it reports none. */
export function browserPaintClock(): PaintClock | undefined {
	if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return undefined;
	const FCP = 'first-contentful-paint';
	return {
		painted: () => performance.getEntriesByName(FCP, 'paint').length > 0,
		onPaint(callback) {
			const observer = new PerformanceObserver((list) => {
				if (list.getEntriesByName(FCP).length > 0) callback();
			});
			observer.observe({ type: 'paint' });
			return () => observer.disconnect();
		},
		after(ms, callback) {
			const id = setTimeout(callback, ms);
			return () => clearTimeout(id);
		}
	};
}

/** A frame later and then a task later: after the frame that follows now has been produced. */
export function afterNextFrame(callback: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(callback)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/**
 * Runs `callback` once, after the page's first contentful paint: heavy work started there (the
 * live map) can never hold back the text. Without paint timing it waits for the next frame.
 * `safetyMs` bounds the wait where no paint is ever reported (a page loaded in a background tab).
 * Returns a function that cancels.
 */
export function afterFirstPaint(
	callback: () => void,
	clock: PaintClock | undefined = browserPaintClock(),
	safetyMs = 5000
): () => void {
	if (!clock) return afterNextFrame(callback);
	let done = false;
	const stops: (() => void)[] = [];
	const stop = () => stops.splice(0).forEach((s) => s());
	const run = () => {
		if (done) return;
		done = true;
		stop();
		callback();
	};
	if (clock.painted()) {
		stops.push(clock.after(0, run));
	} else {
		stops.push(clock.onPaint(run), clock.after(safetyMs, run));
	}
	return () => {
		done = true;
		stop();
	};
}

/**
 * Runs a component's mount work (`setup`, which may return its cleanup) in a task of its own,
 * after the one that hydrated the page: on a phone the hydration of a long story is already a long
 * task, and every millisecond added to it counts against the page's responsiveness, while a task
 * later costs the reader nothing. Returns the cleanup: it cancels the work if it has not run.
 */
export function inNextTask(setup: () => (() => void) | void): () => void {
	let cleanup: (() => void) | void;
	const timer = setTimeout(() => (cleanup = setup()));
	return () => {
		clearTimeout(timer);
		cleanup?.();
	};
}

/**
 * Runs `callback` once the page has loaded and the main thread is idle (or after `timeoutMs` of
 * waiting for idleness), for work no reader waits on. Returns a function that cancels.
 */
export function whenIdle(callback: () => void, timeoutMs = 10_000): () => void {
	let idle: number | undefined;
	const schedule = () => {
		idle =
			typeof requestIdleCallback === 'function'
				? requestIdleCallback(callback, { timeout: timeoutMs })
				: window.setTimeout(callback, 1);
	};
	if (document.readyState === 'complete') schedule();
	else addEventListener('load', schedule, { once: true });
	return () => {
		removeEventListener('load', schedule);
		if (idle === undefined) return;
		if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
		else clearTimeout(idle);
	};
}

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

/**
 * Runs `callback` once, a frame after `image` has loaded and decoded (or failed), or after
 * `safetyMs` however slow it is. A frame its host has scrolled out of view gets no frames (the
 * browser throttles them): there the callback runs `frameMs` after the decoding. Returns a
 * function that cancels.
 */
export function afterImage(
	image: HTMLImageElement | null | undefined,
	callback: () => void,
	safetyMs = 3000,
	frameMs = 250
): () => void {
	let done = false;
	const timers: ReturnType<typeof setTimeout>[] = [];
	let cancelFrame = () => {};
	const stop = () => {
		done = true;
		timers.forEach(clearTimeout);
		cancelFrame();
	};
	const run = () => {
		if (done) return;
		stop();
		callback();
	};
	const decoded = () => {
		if (done) return;
		cancelFrame = afterNextFrame(run);
		timers.push(setTimeout(run, frameMs));
	};
	timers.push(setTimeout(run, safetyMs));
	if (image) image.decode().then(decoded, decoded);
	else decoded();
	return stop;
}
