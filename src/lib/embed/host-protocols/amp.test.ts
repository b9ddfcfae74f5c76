import { describe, expect, it } from 'vitest';
import { ampProtocol } from './amp';

describe('ampProtocol', () => {
	it('asks amp-iframe for each height with the embed-size message', () => {
		const sent: unknown[] = [];
		const amp = ampProtocol((message) => sent.push(message));
		amp.resize(612);
		amp.receive({ sentinel: 'amp', type: 'embed-size-denied' });
		expect(sent).toEqual([{ sentinel: 'amp', type: 'embed-size', height: 612 }]);
	});
});
