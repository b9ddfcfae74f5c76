/** A QR code's modules: `dark(row, col)` for 0 ≤ row, col < size. */
export interface QrModules {
	size: number;
	dark: (row: number, col: number) => boolean;
}

/** Modules of light margin round the code, as the QR standard asks for reliable scanning. */
export const QR_QUIET_ZONE = 4;

/**
 * The SVG path of a QR code's dark modules, one unit per module, the quiet zone included (so
 * the viewBox is `0 0 size+8 size+8`); runs of dark modules in a row become one rectangle.
 */
export function qrPath({ size, dark }: QrModules): string {
	const parts: string[] = [];
	for (let row = 0; row < size; row++) {
		for (let col = 0; col < size;) {
			if (!dark(row, col)) {
				col++;
				continue;
			}
			let run = 1;
			while (col + run < size && dark(row, col + run)) run++;
			parts.push(`M${col + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${run}v1h-${run}z`);
			col += run;
		}
	}
	return parts.join('');
}
