/** Puts the whole page in full screen, or takes it out; a refusal is only worth a warning. */
export function toggleFullscreen(): void {
	const change = document.fullscreenElement
		? document.exitFullscreen()
		: document.documentElement.requestFullscreen();
	change.catch((error: unknown) => console.warn('Full screen was refused.', error));
}
