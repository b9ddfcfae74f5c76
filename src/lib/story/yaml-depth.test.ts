import { describe, expect, it } from 'vitest';
import { deepestLine } from './yaml-depth';

describe('deepestLine', () => {
	it('passes a story-shaped document', () => {
		const yaml = [
			'title: x',
			'steps:',
			'  - slug: a',
			'    caption: "[1] a note [sic]"',
			'    map:',
			'      features: [place:peshawar]',
			'      camera: { center: [71.5, 34], zoom: 7 }'
		].join('\n');
		expect(deepestLine(yaml, 8)).toBeUndefined();
	});

	it.each([
		['flow collections', `a: ${'['.repeat(50)}${']'.repeat(50)}`, 1],
		['compact lists', `a:\n${'- '.repeat(50)}x`, 2],
		['indentation', Array.from({ length: 50 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'), 9]
	])('finds the line where %s get too deep', (_, yaml, line) => {
		expect(deepestLine(yaml, 8)).toBe(line);
	});
});
