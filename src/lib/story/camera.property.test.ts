/**
 * Property-based tests of the camera derivation: any features give a finite camera inside the
 * world, and features that can be framed at all end up inside the view.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import {
	boundsOf,
	DEFAULT_MAX_ZOOM,
	FIT_PX,
	mercator,
	MIN_ZOOM,
	stepCamera,
	TILE_PX,
	type BBox,
	type CameraTarget
} from './camera';

const lngLat = (maxLat: number) =>
	fc.tuple(
		fc.double({ min: -180, max: 180, noNaN: true }),
		fc.double({ min: -maxLat, max: maxLat, noNaN: true })
	);

const feature = (maxLat: number): fc.Arbitrary<Feature<Geometry>> =>
	fc
		.oneof(
			lngLat(maxLat).map((c) => ({ type: 'Point' as const, coordinates: c })),
			fc
				.array(lngLat(maxLat), { minLength: 2, maxLength: 6 })
				.map((c) => ({ type: 'LineString' as const, coordinates: c })),
			fc
				.array(lngLat(maxLat), { minLength: 3, maxLength: 6 })
				.map((c) => ({ type: 'Polygon' as const, coordinates: [[...c, c[0]!]] }))
		)
		.map((geometry) => ({ type: 'Feature', properties: {}, geometry }));

/** Derives a camera through the same path a step takes, with features f0, f1, … */
function cameraFor(features: Feature<Geometry>[], maxZoom?: number): CameraTarget {
	const ids = features.map((_, i) => `place:f${i}`);
	return stepCamera(
		{ features: ids, context: [], nativeNames: false, maxZoom },
		(fid) => features[Number(fid.slice(7))]
	);
}

/** Whether a box lies wholly inside the camera's view of the reference square. */
function inView(camera: CameraTarget, box: BBox): boolean {
	const half = FIT_PX / (2 * TILE_PX * 2 ** camera.zoom);
	const [cx, cy] = mercator(camera.center);
	const [x0, y1] = mercator([box[0], box[1]]);
	const [x1, y0] = mercator([box[2], box[3]]);
	const eps = 1e-9;
	return (
		x0 >= cx - half - eps && x1 <= cx + half + eps && y0 >= cy - half - eps && y1 <= cy + half + eps
	);
}

describe('the camera derivation, on generated features', { timeout: 60_000 }, () => {
	it('gives a finite camera inside the world for any features', () => {
		fc.assert(
			fc.property(
				fc.array(feature(90), { minLength: 1, maxLength: 5 }),
				fc.option(fc.integer({ min: 1, max: 16 }), { nil: undefined }),
				(features, maxZoom) => {
					const camera = cameraFor(features, maxZoom);
					const [lon, lat] = camera.center;
					for (const n of [lon, lat, camera.zoom]) expect(Number.isFinite(n)).toBe(true);
					expect(Math.abs(lon)).toBeLessThanOrEqual(180);
					expect(Math.abs(lat)).toBeLessThanOrEqual(85.06);
					expect(camera.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
					expect(camera.zoom).toBeLessThanOrEqual(maxZoom ?? DEFAULT_MAX_ZOOM);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('keeps every feature in view when they fit at the widest zoom', () => {
		fc.assert(
			fc.property(fc.array(feature(80), { minLength: 1, maxLength: 5 }), (features) => {
				const box = boundsOf(features);
				const [x0, y1] = mercator([box[0], box[1]]);
				const [x1, y0] = mercator([box[2], box[3]]);
				// Wider than the reference square at MIN_ZOOM: no zoom the map allows shows it all.
				fc.pre(Math.max(x1 - x0, y1 - y0) * TILE_PX * 2 ** MIN_ZOOM <= FIT_PX);
				expect(inView(cameraFor(features), box)).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});
});
