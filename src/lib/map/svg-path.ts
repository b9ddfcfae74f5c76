/**
 * Rewrites an SVG path of absolute moves and lines (what d3-geo's geoPath writes: `M`, `L`, `Z`,
 * integer coordinates) with relative lines: `M979,519L984,533L990,546Z` becomes
 * `M979,519l5,14 6,13Z`. The same shape in about 40% fewer bytes. A path with any other command
 * or with fractions is returned as it is.
 */
export function relativePath(d: string): string {
	if (!/^[MLZ\d,-]*$/.test(d)) return d;
	let out = '';
	let x = 0;
	let y = 0;
	let inLine = false;
	for (const [, command, coordinates] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
		if (command === 'Z') {
			out += 'Z';
			inLine = false;
			continue;
		}
		const [nx, ny] = (coordinates as string).split(',').map(Number) as [number, number];
		if (command === 'M') {
			out += `M${nx},${ny}`;
			inLine = false;
		} else {
			const dx = nx - x;
			const dy = ny - y;
			if (dx === 0 && dy === 0) continue;
			const pair = `${dx},${dy}`;
			out += inLine ? (pair.startsWith('-') ? pair : ` ${pair}`) : `l${pair}`;
			inLine = true;
		}
		x = nx;
		y = ny;
	}
	return out;
}
