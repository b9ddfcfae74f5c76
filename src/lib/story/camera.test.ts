import { describe, expect, it } from 'vitest';
import {
	cameraForPanel,
	FIT_MARGIN_PX,
	fitBounds,
	FIT_PX,
	frameSide,
	mercator,
	TILE_PX,
	unmercator,
	DEFAULT_MAX_ZOOM
} from './camera';

describe('mercator', () => {
	it.each([
		[
			[0, 0],
			[0.5, 0.5]
		],
		[
			[-180, 0],
			[0, 0.5]
		],
		[
			[180, 0],
			[1, 0.5]
		]
	] as const)('projects %j to %j', (lngLat, xy) => {
		const [x, y] = mercator([lngLat[0], lngLat[1]]);
		expect(x).toBeCloseTo(xy[0], 9);
		expect(y).toBeCloseTo(xy[1], 9);
	});

	it('round-trips', () => {
		const [lon, lat] = unmercator(mercator([71.5249, 34.0151]));
		expect(lon).toBeCloseTo(71.5249, 9);
		expect(lat).toBeCloseTo(34.0151, 9);
	});
});

describe('fitBounds', () => {
	it('centres a single place at the zoom cap', () => {
		const cam = fitBounds([71.5249, 34.0151, 71.5249, 34.0151]);
		expect(cam.center[0]).toBeCloseTo(71.5249, 9);
		expect(cam.center[1]).toBeCloseTo(34.0151, 9);
		expect(cam.zoom).toBe(DEFAULT_MAX_ZOOM);
		expect(fitBounds([70, 30, 70, 30], 9).zoom).toBe(9);
	});

	it('fits the larger side of a box into the reference square, less its margins', () => {
		const cam = fitBounds([60, 29, 75, 38]);
		const [x0] = mercator([60, 29]);
		const [x1] = mercator([75, 38]);
		expect((x1 - x0) * TILE_PX * 2 ** cam.zoom).toBeCloseTo(FIT_PX - 2 * FIT_MARGIN_PX, 6);
	});

	it('centres the box in Mercator, not in degrees', () => {
		const cam = fitBounds([60, 0, 61, 60]);
		const [, yc] = mercator(cam.center);
		const [, y0] = mercator([60, 0]);
		const [, y1] = mercator([61, 60]);
		expect(yc).toBeCloseTo((y0 + y1) / 2, 9);
		expect(cam.center[1]).toBeGreaterThan(30);
	});
});

describe('cameraForPanel', () => {
	const reference = { center: [70, 33] as [number, number], zoom: 6, bearing: 0, pitch: 0 };

	it('keeps the zoom for a panel whose frame is the reference square', () => {
		const panel = {
			width: 700,
			height: 700,
			padding: { top: 50, right: 50, bottom: 50, left: 50 }
		};
		expect(frameSide(panel)).toBe(600);
		expect(cameraForPanel(reference, panel)).toEqual(reference);
	});

	it('zooms out one level for a frame half as large, and frames by the shorter side', () => {
		const phone = {
			width: 390,
			height: 844,
			padding: { top: 16, right: 45, bottom: 438, left: 45 }
		};
		expect(frameSide(phone)).toBe(300);
		expect(cameraForPanel(reference, phone).zoom).toBeCloseTo(5, 9);
		expect(cameraForPanel(reference, phone).center).toEqual(reference.center);
	});
});
