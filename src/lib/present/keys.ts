/** What a key press asks the present view to do. `goto` carries a 0-based step index. */
export type PresentAction =
	| { kind: 'next' }
	| { kind: 'prev' }
	| { kind: 'first' }
	| { kind: 'last' }
	| { kind: 'goto'; index: number }
	| { kind: 'blank' }
	| { kind: 'fullscreen' }
	| { kind: 'text-size' }
	| { kind: 'help' }
	| { kind: 'presenter' }
	| { kind: 'escape' };

export interface PresentKeyInput {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	/** The focused element, to leave keys to fields and to let buttons and links be pressed. */
	target: { tagName: string; isContentEditable: boolean } | null;
}

export interface KeyResult {
	action: PresentAction | null;
	/** The step number typed so far (before Enter), '' for none. */
	digits: string;
	/** True when the key was ours: the page should prevent the browser's default for it. */
	handled: boolean;
}

/** The keys of the present view (issue: classroom mode). Clickers send PageUp/PageDown. */
const KEYS: Record<string, PresentAction> = {
	ArrowRight: { kind: 'next' },
	ArrowDown: { kind: 'next' },
	PageDown: { kind: 'next' },
	' ': { kind: 'next' },
	Enter: { kind: 'next' },
	ArrowLeft: { kind: 'prev' },
	ArrowUp: { kind: 'prev' },
	PageUp: { kind: 'prev' },
	Backspace: { kind: 'prev' },
	Home: { kind: 'first' },
	End: { kind: 'last' },
	b: { kind: 'blank' },
	B: { kind: 'blank' },
	'.': { kind: 'blank' },
	f: { kind: 'fullscreen' },
	F: { kind: 'fullscreen' },
	t: { kind: 'text-size' },
	T: { kind: 'text-size' },
	'?': { kind: 'help' },
	p: { kind: 'presenter' },
	P: { kind: 'presenter' },
	Escape: { kind: 'escape' }
};

/** Long enough for any story; a fourth digit starts the number again. */
const MAX_DIGITS = 3;
const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Elements that Enter and Space press: those keys stay theirs when they have focus. */
const PRESSABLE_TAGS = new Set(['BUTTON', 'A', 'SUMMARY']);

const ignored = (digits: string): KeyResult => ({ action: null, digits, handled: false });

/**
 * What a key does in the present view, given the step number typed so far and how many steps the
 * story has. A number then Enter goes to that step (numbered from 1, as on screen); a number out
 * of range is dropped. Backspace while typing a number takes back its last digit.
 */
export function presentKey(input: PresentKeyInput, digits: string, count: number): KeyResult {
	if (input.altKey || input.ctrlKey || input.metaKey) return ignored('');
	const t = input.target;
	if (t && (FIELD_TAGS.has(t.tagName) || t.isContentEditable)) return ignored(digits);
	if ((input.key === 'Enter' || input.key === ' ') && t && PRESSABLE_TAGS.has(t.tagName)) {
		return ignored('');
	}

	if (/^[0-9]$/.test(input.key)) {
		const typed = digits.length >= MAX_DIGITS ? input.key : digits + input.key;
		return { action: null, digits: typed, handled: true };
	}
	if (input.key === 'Enter' && digits !== '') {
		const n = Number(digits);
		const action: PresentAction | null =
			n >= 1 && n <= count ? { kind: 'goto', index: n - 1 } : null;
		return { action, digits: '', handled: true };
	}
	if (input.key === 'Backspace' && digits !== '') {
		return { action: null, digits: digits.slice(0, -1), handled: true };
	}
	const action = KEYS[input.key];
	return action ? { action, digits: '', handled: true } : ignored('');
}

/** A keyboard event as presentKey reads it; `focused` is the document's active element. */
export function keyInputOf(
	event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
	focused: { tagName: string; isContentEditable: boolean } | null,
	body: unknown
): PresentKeyInput {
	const { key, altKey, ctrlKey, metaKey } = event;
	const target =
		focused && focused !== body
			? { tagName: focused.tagName, isContentEditable: focused.isContentEditable }
			: null;
	return { key, altKey, ctrlKey, metaKey, target };
}
