import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { readBasemap } from '../server/stories';
import { beyondForD3 } from './beyond-land';
import { d3Winding } from './d3-winding';
import { LAND_BEYOND } from './layers';

const { index } = readBasemap();

describe('the land beyond the clip box, as d3 draws it', () => {
	const beyond = index.get(LAND_BEYOND);
	if (!beyond) throw new Error('no land beyond in the shipped features');
	const halves = [d3Winding(beyondForD3(beyond))];
	const drawn = (point: [number, number]) => halves.some((half) => geoContains(half, point));

	it.each([
		['Siberia', [100, 65]],
		['France', [2, 47]],
		['South Africa', [25, -29]],
		['Brazil', [-50, -10]],
		['Australia', [134, -25]]
	] as const)('covers %s', (_, point) => {
		expect(drawn([point[0], point[1]])).toBe(true);
	});

	it.each([
		['the Atlantic', [-30, 30]],
		['the Arctic Ocean', [0, 80]],
		['the countries’ box, drawn by the countries', [60, 30]]
	] as const)('leaves out %s', (_, point) => {
		expect(drawn([point[0], point[1]])).toBe(false);
	});
});
