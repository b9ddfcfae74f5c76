import { describe, expect, it } from 'vitest';
import { contentHeight } from './content-height';

describe('contentHeight', () => {
	it('stacks map, text and bar in a narrow frame', () => {
		expect(contentHeight({ layout: 'column', map: 240, text: 300.4, bar: 56 })).toBe(597);
	});

	it('takes the taller of map and text column in a wide frame', () => {
		expect(contentHeight({ layout: 'row', map: 480, text: 300, bar: 56 })).toBe(480);
		expect(contentHeight({ layout: 'row', map: 480, text: 500, bar: 56 })).toBe(556);
	});
});
