import { describe, expect, it, vi } from 'vitest';
import { performAction, type ActionHandlers } from './actions';

/** Every handler, each a spy. */
function spies() {
	return {
		move: vi.fn(),
		goto: vi.fn(),
		blank: vi.fn(),
		fullscreen: vi.fn(),
		textSize: vi.fn(),
		help: vi.fn(),
		presenter: vi.fn(),
		escape: vi.fn()
	} satisfies Required<ActionHandlers>;
}

/** The handlers that were called, by name, with their arguments. */
function calls(handlers: ReturnType<typeof spies>) {
	return Object.entries(handlers)
		.filter(([, spy]) => spy.mock.calls.length > 0)
		.map(([name, spy]) => [name, ...spy.mock.calls]);
}

describe('performAction', () => {
	it.each(['next', 'prev', 'first', 'last'] as const)('moves the deck on %s', (kind) => {
		const handlers = spies();
		performAction({ kind }, handlers);
		expect(calls(handlers)).toEqual([['move', [kind]]]);
	});

	it('goes to the typed step', () => {
		const handlers = spies();
		performAction({ kind: 'goto', index: 6 }, handlers);
		expect(calls(handlers)).toEqual([['goto', [6]]]);
	});

	it.each([
		['blank', 'blank'],
		['fullscreen', 'fullscreen'],
		['text-size', 'textSize'],
		['help', 'help'],
		['presenter', 'presenter'],
		['escape', 'escape']
	] as const)('calls the %s handler', (kind, name) => {
		const handlers = spies();
		performAction({ kind }, handlers);
		expect(calls(handlers)).toEqual([[name, []]]);
	});

	it('does nothing for an action whose handler the view left out', () => {
		const blank = vi.fn();
		expect(() => performAction({ kind: 'presenter' }, { blank })).not.toThrow();
		expect(() => performAction({ kind: 'goto', index: 2 }, {})).not.toThrow();
		expect(blank).not.toHaveBeenCalled();
	});
});
