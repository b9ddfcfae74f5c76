import type { Theme } from '$lib/map/style';

/** The reader's colour scheme now. */
export const systemTheme = (): Theme =>
	matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

/** Follows the reader's colour scheme and motion preferences; returns a function that stops. */
export function watchMedia(handlers: {
	theme: (theme: Theme) => void;
	reducedMotion: (reduce: boolean) => void;
}): () => void {
	const dark = matchMedia('(prefers-color-scheme: dark)');
	const motion = matchMedia('(prefers-reduced-motion: reduce)');
	const onTheme = () => handlers.theme(dark.matches ? 'dark' : 'light');
	const onMotion = () => handlers.reducedMotion(motion.matches);
	dark.addEventListener('change', onTheme);
	motion.addEventListener('change', onMotion);
	return () => {
		dark.removeEventListener('change', onTheme);
		motion.removeEventListener('change', onMotion);
	};
}
