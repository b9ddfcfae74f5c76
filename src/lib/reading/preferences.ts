const ANIMATION_KEY = 'storymap:animation';

/** Whether the reader turned map animation off on an earlier visit (storage may be blocked). */
export function loadAnimationOff(): boolean {
	try {
		return localStorage.getItem(ANIMATION_KEY) === 'off';
	} catch {
		return false;
	}
}

export function saveAnimationOff(off: boolean): void {
	try {
		if (off) localStorage.setItem(ANIMATION_KEY, 'off');
		else localStorage.removeItem(ANIMATION_KEY);
	} catch {
		// Private modes may refuse storage: the choice then lasts for this visit only.
	}
}
