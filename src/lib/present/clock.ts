const two = (n: number) => String(n).padStart(2, '0');

/** Elapsed time for the presenter: "4:05", or "1:02:03" past the hour. */
export function formatElapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** The time of day, 24-hour "14:05", as a wall clock in a classroom reads. */
export function formatClock(date: Date): string {
	return `${two(date.getHours())}:${two(date.getMinutes())}`;
}
