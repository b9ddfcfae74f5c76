import { keyInputOf, presentKey, type PresentAction } from './keys';
import type { Move } from './present-deck.svelte';

/**
 * What a view does for each key action. A view leaves out what it does not support (the
 * presenter view has no presenter window to open): that action then does nothing there.
 */
export interface ActionHandlers {
	/** Next, previous, first and last: the four keys that walk the deck. */
	move?: (move: Move) => void;
	/** A typed step number then Enter, as a 0-based step index. */
	goto?: (index: number) => void;
	blank?: () => void;
	fullscreen?: () => void;
	textSize?: () => void;
	help?: () => void;
	presenter?: () => void;
	escape?: () => void;
}

/** Calls the view's handler for a key action; the views share this and differ only in handlers. */
export function performAction(action: PresentAction, handlers: ActionHandlers): void {
	switch (action.kind) {
		case 'next':
		case 'prev':
		case 'first':
		case 'last':
			return handlers.move?.(action.kind);
		case 'goto':
			return handlers.goto?.(action.index);
		case 'blank':
			return handlers.blank?.();
		case 'fullscreen':
			return handlers.fullscreen?.();
		case 'text-size':
			return handlers.textSize?.();
		case 'help':
			return handlers.help?.();
		case 'presenter':
			return handlers.presenter?.();
		case 'escape':
			return handlers.escape?.();
		default:
			// A new kind of action fails to compile here until it has a handler.
			return action satisfies never;
	}
}

/**
 * One keydown in a present view: maps it (presentKey), stops the browser's own handling of a key
 * the deck uses, and performs the action with the view's handlers. Returns the step number typed
 * so far, which the view shows.
 */
export function handlePresentKeydown(
	event: KeyboardEvent,
	digits: string,
	count: number,
	handlers: ActionHandlers
): string {
	const input = keyInputOf(event, document.activeElement as HTMLElement | null, document.body);
	const result = presentKey(input, digits, count);
	if (result.handled) event.preventDefault();
	if (result.action) performAction(result.action, handlers);
	return result.digits;
}
