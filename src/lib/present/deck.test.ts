import { describe, expect, it } from 'vitest';
import { clampPosition, nextPosition, partAt, prevPosition, progress } from './deck';

/** Three steps: the second is shown in three parts. */
const parts = [1, 3, 1];

describe('moving through the talk', () => {
	it('next walks every part of every step, then stays at the end', () => {
		const seen = [];
		let p = { step: 0, part: 0 };
		for (let i = 0; i < 6; i++) {
			seen.push(`${p.step}.${p.part}`);
			p = nextPosition(p, parts);
		}
		expect(seen).toEqual(['0.0', '1.0', '1.1', '1.2', '2.0', '2.0']);
	});

	it('previous walks back the same way, landing on a step’s last part', () => {
		expect(prevPosition({ step: 2, part: 0 }, parts)).toEqual({ step: 1, part: 2 });
		expect(prevPosition({ step: 1, part: 1 }, parts)).toEqual({ step: 1, part: 0 });
		expect(prevPosition({ step: 0, part: 0 }, parts)).toEqual({ step: 0, part: 0 });
	});

	it('clamps a position from elsewhere (another window, an old split)', () => {
		expect(clampPosition({ step: 1, part: 7 }, parts)).toEqual({ step: 1, part: 2 });
		expect(clampPosition({ step: 9, part: 0 }, parts)).toEqual({ step: 2, part: 0 });
		expect(clampPosition({ step: -1, part: -1 }, parts)).toEqual({ step: 0, part: 0 });
	});

	it('progress counts screens, from 0 to 1', () => {
		expect(progress({ step: 0, part: 0 }, parts)).toBe(0);
		expect(progress({ step: 1, part: 1 }, parts)).toBe(0.5);
		expect(progress({ step: 2, part: 0 }, parts)).toBe(1);
		expect(progress({ step: 0, part: 0 }, [1])).toBe(1);
	});

	it('partAt finds the part holding a character after a re-split', () => {
		expect(partAt(0, [40, 90])).toBe(0);
		expect(partAt(40, [40, 90])).toBe(1);
		expect(partAt(120, [40, 90])).toBe(2);
		expect(partAt(50, [])).toBe(0);
	});
});
