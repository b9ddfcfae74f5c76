import type { Theme } from '$lib/map/style';

const DARK = '(prefers-color-scheme: dark)';
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** The reader's colour scheme now. */
export const systemTheme = (): Theme => (matchMedia(DARK).matches ? 'dark' : 'light');

/** Whether the reader asks for reduced motion now. */
export const systemReducedMotion = (): boolean => matchMedia(REDUCED_MOTION).matches;

/** Follows the reader's colour scheme and motion preferences; returns a function that stops. */
export function watchMedia(handlers: {
	theme: (theme: Theme) => void;
	reducedMotion: (reduce: boolean) => void;
}): () => void {
	const dark = matchMedia(DARK);
	const motion = matchMedia(REDUCED_MOTION);
	const onTheme = () => handlers.theme(systemTheme());
	const onMotion = () => handlers.reducedMotion(motion.matches);
	dark.addEventListener('change', onTheme);
	motion.addEventListener('change', onMotion);
	return () => {
		dark.removeEventListener('change', onTheme);
		motion.removeEventListener('change', onMotion);
	};
}
