// Static labels cut at the screen's edge ("ORGIA", "RAQ"): the page shows each step's SVG
// centred on the framed square and crops it to the screen (app.css, img[data-static-map]), so a
// label must lie wholly inside what a screen shows of the image or wholly outside it. Computed from
// the story layout's numbers at a phone's and a desktop's size, and from each <text> the SVG
// writes, at the size that image width shows it (static-map.ts sizeCss).
import { describe, expect, it } from 'vitest';
import { getStory, readBasemap } from '../server/stories';
import { FIT_PX } from '../story/camera';
import { renderStaticMap } from './static-map';
import { STATIC_MAP_PX, STATIC_MAP_REACH } from './static-map-path';

const { data } = readBasemap();
const story = getStory('frontier');

type Box = [x0: number, y0: number, x1: number, y1: number];

/** The story page's map area (app.css .step-figure): the screen less the padding around the frame. */
interface Layout {
	name: string;
	width: number;
	height: number;
	pad: { t: number; r: number; b: number; l: number };
}

const REM = 16;
const LAYOUTS: Layout[] = [
	// Below 760 px: the text card takes the lower 52 %.
	{
		name: 'phone 390×844',
		width: 390,
		height: 844,
		pad: { t: 6 * REM, r: REM, b: 0.52 * 844, l: REM }
	},
	// From 760 px: the text column (min(34rem, 40vw)) on the left.
	{
		name: 'desktop 1280×800',
		width: 1280,
		height: 800,
		pad: { t: 4.5 * REM, r: 2.5 * REM, b: 2.5 * REM, l: Math.min(34 * REM, 0.4 * 1280) + 4 * REM }
	}
];

/** The part of the SVG (its own pixels) a layout shows, and the width (CSS px) the image is shown at. */
function visible({ width, height, pad }: Layout): { box: Box; imageWidth: number } {
	const w = width - pad.l - pad.r;
	const h = height - pad.t - pad.b;
	const side = Math.min(w, h);
	const imageWidth = 2 * STATIC_MAP_REACH * side;
	const left = pad.l + w / 2 - STATIC_MAP_REACH * side;
	const top = pad.t + h / 2 - STATIC_MAP_REACH * side;
	const k = STATIC_MAP_PX / imageWidth;
	return { box: [-left * k, -top * k, (width - left) * k, (height - top) * k], imageWidth };
}

/** `--label` at an image width: the last `max-width` band of the SVG's stylesheet that applies. */
function labelSize(svg: string, imageWidth: number): number {
	let size = Number(/:root\{--label:(\d+)px\}/.exec(svg)?.[1]);
	for (const m of svg.matchAll(/@media \(max-width:(\d+)px\)\{:root\{--label:(\d+)px\}/g)) {
		if (imageWidth <= Number(m[1])) size = Number(m[2]);
	}
	return size;
}

/** Each class's share of `--label` (static-labels.ts labelSizeCss). */
function classScale(svg: string, cls: string): number {
	const native = cls.includes('native');
	const main = cls.split(' ')[0] as string;
	const selector = native ? `\\.${main}\\.native` : `\\.${main}`;
	const m = new RegExp(`${selector}\\{font-size:calc\\(var\\(--label\\)\\*([\\d.]+)\\)\\}`).exec(
		svg
	);
	return Number(m?.[1] ?? 1);
}

/** The box of every <text> written at a point, at the size an image width shows it (generous widths). */
function textBoxes(svg: string, imageWidth: number): { text: string; cls: string; box: Box }[] {
	const base = labelSize(svg, imageWidth);
	return [
		...svg.matchAll(/<text class="([^"]+)" x="(-?\d+)" y="(-?\d+)"([^>]*)>([^<]*)<\/text>/g)
	].map((m) => {
		const [cls, x, y, rest, text] = [m[1], Number(m[2]), Number(m[3]), m[4], m[5]] as string[];
		const size = base * classScale(svg, cls as string);
		const upper = text === text?.toUpperCase() && /[A-Z]/.test(text as string);
		const width = (text as string).replace(/&#\d+;/g, 'x').length * size * (upper ? 0.8 : 0.6);
		const dy = Number(/dy="([\d.]+)em"/.exec(rest as string)?.[1] ?? 0) * size;
		const anchor = /text-anchor="(\w+)"/.exec(rest as string)?.[1] ?? 'start';
		const rtl = /direction="rtl"/.test(rest as string);
		const start = (anchor === 'start') !== rtl;
		const x0 = anchor === 'middle' ? Number(x) - width / 2 : start ? Number(x) : Number(x) - width;
		const baseline = Number(y) + dy;
		return {
			text: text as string,
			cls: cls as string,
			box: [x0, baseline - size, x0 + width, baseline + size * 0.3]
		};
	});
}

const inside = (a: Box, b: Box) => a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3];
const apart = (a: Box, b: Box) => a[2] <= b[0] || a[0] >= b[2] || a[3] <= b[1] || a[1] >= b[3];

describe('static labels are never cut at the screen edge', () => {
	for (const layout of LAYOUTS) {
		it.each(story.steps.map((s) => [s.slug, s] as const))(`${layout.name}: %s`, (_slug, step) => {
			const svg = renderStaticMap(step, data);
			const { box, imageWidth } = visible(layout);
			const cut = textBoxes(svg, imageWidth)
				.filter((t) => !inside(t.box, box) && !apart(t.box, box))
				.map((t) => t.text);
			expect(cut).toEqual([]);
		});
	}

	it('the layouts show the whole frame, which is what the labels keep to', () => {
		for (const layout of LAYOUTS) {
			const { box } = visible(layout);
			const half = STATIC_MAP_PX / 2;
			expect(
				inside([half - FIT_PX / 2, half - FIT_PX / 2, half + FIT_PX / 2, half + FIT_PX / 2], box)
			).toBe(true);
		}
	});
});

describe('static labels do not write over each other on a phone', () => {
	// A name that must show is placed before any that may be left out (static-labels.ts), so a
	// neighbour's name placed first is never written over ("RUSSIA" over "KAZAKHSTAN" on a world
	// map at a phone's width). Country names, the widest, at the size a phone shows them.
	const phone = LAYOUTS[0] as Layout;
	const shrink = ([x0, y0, x1, y1]: Box, k: number): Box => {
		const [dx, dy] = [((x1 - x0) * (1 - k)) / 2, ((y1 - y0) * (1 - k)) / 2];
		return [x0 + dx, y0 + dy, x1 - dx, y1 - dy];
	};
	it.each(story.steps.map((s) => [s.slug, s] as const))('%s', (_slug, step) => {
		const svg = renderStaticMap(step, data);
		const { imageWidth } = visible(phone);
		// textBoxes' widths are generous: three quarters of each box is the writing itself.
		const countries = textBoxes(svg, imageWidth)
			.filter((t) => t.text === t.text.toUpperCase() && /[A-Z]{3}/.test(t.text))
			.map((t) => ({ ...t, box: shrink(t.box, 0.75) }));
		const overlapping = countries.flatMap((a, i) =>
			countries.slice(i + 1).flatMap((b) => (apart(a.box, b.box) ? [] : [`${a.text}/${b.text}`]))
		);
		expect(overlapping).toEqual([]);
	});

	// The country the step's places lie in is named where it fits, never over their names.
	it.each(story.steps.map((s) => [s.slug, s] as const))(
		'%s: no country name over a place or district of the step',
		(_slug, step) => {
			const svg = renderStaticMap(step, data);
			const { imageWidth } = visible(phone);
			const boxes = textBoxes(svg, imageWidth).map((t) => ({ ...t, box: shrink(t.box, 0.75) }));
			const countries = boxes.filter((t) => t.cls === 'l-country');
			const own = boxes.filter((t) => /^l-(place-hl|place|area)\b/.test(t.cls));
			const overlapping = countries.flatMap((a) =>
				own.flatMap((b) => (apart(a.box, b.box) ? [] : [`${a.text}/${b.text}`]))
			);
			expect(overlapping).toEqual([]);
		}
	);
});
