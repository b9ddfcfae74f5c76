import { describe, expect, it } from 'vitest';
import { parsePymMessage, pymMessage, pymParent, pymProtocol } from './pym';

describe('pymParent', () => {
	it('reads the id, address and title a Pym parent adds to the query string', () => {
		const search = new URLSearchParams(
			'step=kabul&initialWidth=640&childId=map-1&parentTitle=News&parentUrl=https%3A%2F%2Fnews.example%2Fa'
		);
		expect(pymParent(search)).toEqual({
			id: 'map-1',
			url: 'https://news.example/a',
			title: 'News'
		});
	});

	it.each(['', 'childId=', `childId=${'x'.repeat(201)}`, 'childId=axPYMxb'])(
		'finds no Pym parent in %j',
		(query) => expect(pymParent(new URLSearchParams(query))).toBeNull()
	);
});

describe('Pym messages', () => {
	it('are pym, the id, the type and the value joined by xPYMx', () => {
		expect(pymMessage('map-1', 'height', '612')).toBe('pymxPYMxmap-1xPYMxheightxPYMx612');
	});

	it('are read only for this frame, and only as strings of a sane length', () => {
		expect(parsePymMessage('pymxPYMxmap-1xPYMxwidthxPYMx720', 'map-1')).toEqual({
			type: 'width',
			value: '720'
		});
		expect(parsePymMessage('pymxPYMxmap-2xPYMxwidthxPYMx720', 'map-1')).toBeNull();
		expect(parsePymMessage('pymxPYMxmap-1xPYMxwidth', 'map-1')).toBeNull();
		expect(parsePymMessage({ type: 'width' }, 'map-1')).toBeNull();
		expect(parsePymMessage(`pymxPYMxmap-1xPYMxwidthxPYMx${'9'.repeat(2000)}`, 'map-1')).toBeNull();
	});
});

describe('pymProtocol', () => {
	it('tells each height, and tells it again when the parent reports its width', () => {
		const sent: unknown[] = [];
		const pym = pymProtocol({ id: 'm' }, (message) => sent.push(message));
		pym.receive('pymxPYMxmxPYMxwidthxPYMx700');
		expect(sent, 'no height known yet: nothing to tell').toEqual([]);
		pym.resize(600);
		pym.receive('pymxPYMxmxPYMxwidthxPYMx500');
		pym.receive('pymxPYMxotherxPYMxwidthxPYMx500');
		pym.receive('pymxPYMxmxPYMxnavigateToxPYMxjavascript:alert(1)');
		expect(sent).toEqual(['pymxPYMxmxPYMxheightxPYMx600', 'pymxPYMxmxPYMxheightxPYMx600']);
	});
});
