import { describe, expect, it } from 'vitest';
import { CLIP_LENGTH, clipForConsole } from './clip-text';

describe('clipForConsole', () => {
	it('quotes a short value whole', () => {
		expect(clipForConsole('kabul')).toBe('"kabul"');
	});

	it('cuts a long value to the limit, with an ellipsis', () => {
		const clipped = clipForConsole('x'.repeat(100_000));
		expect(clipped).toBe(`"${'x'.repeat(CLIP_LENGTH)}…"`);
	});

	it('shows control and direction characters as escapes', () => {
		expect(clipForConsole('a\u0000b\nc\u202ed')).toBe('"a\\u0000b\\nc\\u202ed"');
	});

	it('never throws', () => {
		const hostile = {
			toString() {
				throw new Error('no');
			}
		};
		expect(clipForConsole(hostile)).toBe('(a value that cannot be shown)');
		expect(clipForConsole(Object.create(null))).toBe('(a value that cannot be shown)');
		expect(clipForConsole(Symbol('s'))).toBe('"Symbol(s)"');
		expect(clipForConsole(undefined)).toBe('"undefined"');
	});
});
