export type StepMove = 'next' | 'prev' | 'first' | 'last';

/** The reading keys of the story page (issue: keyboard walk). */
const STORY_KEYS: Record<string, StepMove> = {
	j: 'next',
	ArrowDown: 'next',
	PageDown: 'next',
	k: 'prev',
	ArrowUp: 'prev',
	PageUp: 'prev',
	Home: 'first',
	End: 'last'
};

export interface KeyInput {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	/** The focused element's tag name and role, to leave keys to fields and widgets. */
	target: { tagName: string; isContentEditable: boolean; role?: string | null } | null;
}

const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const WIDGET_ROLES = new Set(['slider', 'spinbutton', 'listbox', 'combobox', 'menu', 'tablist']);

/** Whether the focused element takes keys for itself: a form field, an editable area, a widget. */
export function takesKeys(t: KeyInput['target']): boolean {
	return (
		t !== null &&
		(FIELD_TAGS.has(t.tagName) || t.isContentEditable || WIDGET_ROLES.has(t.role ?? ''))
	);
}

/**
 * What a key press does to the reading position, or null when the key belongs to someone else:
 * a form field or widget with focus, a shortcut with a modifier, or the map while exploring.
 */
export function stepMoveFor(input: KeyInput, exploring: boolean): StepMove | null {
	if (input.altKey || input.ctrlKey || input.metaKey) return null;
	const move = STORY_KEYS[input.key];
	if (!move) return null;
	if (takesKeys(input.target)) return null;
	if (exploring && input.key.startsWith('Arrow')) return null;
	return move;
}

/** The step index a move leads to from `current`, kept within the story. */
export function applyMove(move: StepMove, current: number, count: number): number {
	const last = count - 1;
	switch (move) {
		case 'next':
			return Math.min(last, current + 1);
		case 'prev':
			return Math.max(0, current - 1);
		case 'first':
			return 0;
		case 'last':
			return last;
	}
}
