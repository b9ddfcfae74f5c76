import { describe, expect, it } from 'vitest';
import { StepSequencer } from './step-sequencer';

const camera = { center: [0, 0] as [number, number], zoom: 3, bearing: 0, pitch: 0 };

describe('StepSequencer', () => {
	it('announces the settling of the latest request', () => {
		const seq = new StepSequencer(['a', 'b', 'c']);
		const tag = seq.request(2);
		expect(seq.settled(tag, camera)).toEqual({ index: 2, id: 'c', camera });
	});

	it('ignores a move that ends after the reader moved on (interrupted flyTo)', () => {
		const seq = new StepSequencer(['a', 'b', 'c']);
		const old = seq.request(0);
		const latest = seq.request(1);
		expect(seq.settled(old, camera)).toBeNull();
		expect(seq.settled(latest, camera)?.id).toBe('b');
	});

	it('ignores untagged or unknown moves', () => {
		const seq = new StepSequencer(['a']);
		expect(seq.settled(0, camera)).toBeNull();
		seq.request(5);
		expect(seq.settled(5, camera)).toBeNull();
	});
});
