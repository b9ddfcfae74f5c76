import { describe, expect, it } from 'vitest';
import { relativePath } from './svg-path';

/** The absolute points a path of M, l and Z visits, to compare shapes rather than strings. */
function points(d: string): [string, number, number][] {
	const out: [string, number, number][] = [];
	let x = 0;
	let y = 0;
	let relative = false;
	for (const token of d.matchAll(/([MLlZ])|(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)) {
		if (token[1]) {
			relative = token[1] === 'l';
			if (token[1] === 'Z') out.push(['Z', x, y]);
			continue;
		}
		const [a, b] = [Number(token[2]), Number(token[3])];
		[x, y] = relative ? [x + a, y + b] : [a, b];
		out.push(['P', x, y]);
	}
	return out;
}

describe('relativePath', () => {
	it.each([
		['one ring', 'M979,519L984,533L990,546L989,550Z', 'M979,519l5,14 6,13-1,4Z'],
		['two rings', 'M0,0L10,0L10,10ZM100,100L90,100Z', 'M0,0l10,0 0,10ZM100,100l-10,0Z'],
		['an open line', 'M-10,458L23,451L27,439', 'M-10,458l33,-7 4,-12'],
		['a repeated point', 'M5,5L5,5L6,5', 'M5,5l1,0']
	])('%s', (_, absolute, relative) => {
		expect(relativePath(absolute)).toBe(relative);
		expect(
			points(relativePath(absolute)).filter(
				(p, i, all) => i === 0 || p.join() !== all[i - 1]!.join()
			)
		).toEqual(points(absolute).filter((p, i, all) => i === 0 || p.join() !== all[i - 1]!.join()));
	});

	it('leaves paths with other commands alone', () => {
		const circle = 'M0,5a5,5 0 1,1 0,-10a5,5 0 1,1 0,10Z';
		expect(relativePath(circle)).toBe(circle);
	});

	it('is much shorter on a real border', () => {
		const absolute = `M979,519${Array.from({ length: 200 }, (_, i) => `L${979 + i},${519 + (i % 7)}`).join('')}Z`;
		expect(relativePath(absolute).length).toBeLessThan(absolute.length * 0.6);
	});
});
