import { describe, expect, it } from 'vitest';
import { keyInputOf, presentKey, type KeyResult, type PresentKeyInput } from './keys';

const body = { tagName: 'BODY', isContentEditable: false };
const press = (key: string, target: PresentKeyInput['target'] = body, mods = {}) => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	target,
	...mods
});

/** Types a sequence of keys, carrying the typed digits along; returns the last result. */
function type(keys: string[], count = 34): KeyResult {
	let last: KeyResult = { action: null, digits: '', handled: false };
	for (const key of keys) last = presentKey(press(key), last.digits, count);
	return last;
}

describe('presentKey', () => {
	it.each([
		['ArrowRight', 'next'],
		['ArrowDown', 'next'],
		['PageDown', 'next'],
		[' ', 'next'],
		['Enter', 'next'],
		['ArrowLeft', 'prev'],
		['ArrowUp', 'prev'],
		['PageUp', 'prev'],
		['Backspace', 'prev'],
		['Home', 'first'],
		['End', 'last'],
		['b', 'blank'],
		['.', 'blank'],
		['f', 'fullscreen'],
		['t', 'text-size'],
		['?', 'help'],
		['p', 'presenter'],
		['Escape', 'escape']
	])('%j → %s', (key, kind) => {
		const result = presentKey(press(key), '', 34);
		expect(result.action?.kind).toBe(kind);
		expect(result.handled).toBe(true);
	});

	it('leaves other keys and shortcuts with modifiers to the browser', () => {
		expect(presentKey(press('x'), '', 34)).toEqual({ action: null, digits: '', handled: false });
		expect(presentKey(press('p', body, { ctrlKey: true }), '', 34).handled).toBe(false);
		expect(presentKey(press('f', body, { metaKey: true }), '', 34).handled).toBe(false);
	});

	it('a number then Enter goes to that step, numbered from 1', () => {
		expect(type(['1', '2', 'Enter']).action).toEqual({ kind: 'goto', index: 11 });
		expect(type(['1', 'Enter']).action).toEqual({ kind: 'goto', index: 0 });
		expect(type(['3', '4', 'Enter']).action).toEqual({ kind: 'goto', index: 33 });
	});

	it('drops a number out of range and starts afresh', () => {
		const tooBig = type(['3', '5', 'Enter']);
		expect(tooBig).toEqual({ action: null, digits: '', handled: true });
		expect(type(['0', 'Enter']).action).toBeNull();
	});

	it('keeps the typed digits until Enter, and any other key forgets them', () => {
		expect(type(['1', '2']).digits).toBe('12');
		expect(type(['1', 'ArrowRight']).digits).toBe('');
		expect(type(['1', 'ArrowRight']).action).toEqual({ kind: 'next' });
		expect(type(['1', '2', '3', '4']).digits).toBe('4');
	});

	it('Backspace takes back a typed digit, else goes back a step', () => {
		expect(type(['1', '2', 'Backspace'])).toEqual({ action: null, digits: '1', handled: true });
		expect(type(['1', '2', 'Backspace', '5', 'Enter']).action).toEqual({ kind: 'goto', index: 14 });
		expect(type(['Backspace']).action).toEqual({ kind: 'prev' });
	});

	it('leaves keys to form fields, and Enter and Space to a focused button or link', () => {
		const input = { tagName: 'INPUT', isContentEditable: false };
		const button = { tagName: 'BUTTON', isContentEditable: false };
		expect(presentKey(press('ArrowRight', input), '', 34).handled).toBe(false);
		expect(presentKey(press('Enter', button), '', 34).handled).toBe(false);
		expect(presentKey(press(' ', { tagName: 'A', isContentEditable: false }), '', 34).handled).toBe(
			false
		);
		expect(presentKey(press('ArrowRight', button), '', 34).action).toEqual({ kind: 'next' });
	});
});

describe('keyInputOf', () => {
	it('reads the key and modifiers, and the focused element unless it is the body', () => {
		const event = { key: 'PageDown', altKey: false, ctrlKey: false, metaKey: false };
		const body = { tagName: 'BODY', isContentEditable: false };
		expect(keyInputOf(event, body, body).target).toBeNull();
		expect(keyInputOf(event, { tagName: 'BUTTON', isContentEditable: false }, body)).toEqual({
			...event,
			target: { tagName: 'BUTTON', isContentEditable: false }
		});
	});
});
