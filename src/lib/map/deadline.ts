/**
 * How long one request of the live map (its code, the geodata, MapLibre's stylesheet) may go
 * unanswered before the reader is told: long enough for a slow school network to deliver the
 * biggest file (MapLibre, about 1 MB), short enough that a dead connection is not mistaken for one.
 */
export const REQUEST_TIMEOUT_MS = 20_000;

/**
 * Runs `work` with a deadline: settles as it does, or rejects with `timeout()` once `ms` have
 * passed, aborting the signal `work` was given so that a request still under way is cancelled.
 */
export function withDeadline<T>(
	work: (signal: AbortSignal) => Promise<T>,
	ms: number,
	timeout: () => Error
): Promise<T> {
	const controller = new AbortController();
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => {
			const error = timeout();
			controller.abort(error);
			reject(error);
		}, ms);
		work(controller.signal).then(
			(value) => {
				clearTimeout(timer);
				resolve(value);
			},
			(error: unknown) => {
				clearTimeout(timer);
				reject(error);
			}
		);
	});
}
