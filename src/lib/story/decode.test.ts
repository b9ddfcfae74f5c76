import { describe, expect, it } from 'vitest';
import { decodeStoryFile } from './decode';
import { StoryError } from './story-error';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (text: string) => new TextEncoder().encode(text);

function failure(data: Uint8Array): string {
	try {
		decodeStoryFile('s/story.yaml', data);
	} catch (error) {
		expect(error).toBeInstanceOf(StoryError);
		return (error as StoryError).message;
	}
	throw new Error('decoded');
}

describe('decodeStoryFile', () => {
	it('reads UTF-8', () => {
		expect(decodeStoryFile('s/story.yaml', utf8('title: Peshawar’s “bazaar”'))).toBe(
			'title: Peshawar’s “bazaar”'
		);
	});

	it('refuses a byte-order mark, another encoding, an empty or oversized file', () => {
		expect(failure(utf8('\uFEFFtitle: x'))).toBe(
			's/story.yaml: starts with a byte-order mark (BOM): save it as UTF-8 without BOM'
		);
		expect(failure(bytes(0x61, 0x0a, 0x62, 0x92, 0x73))).toMatch(
			/^s\/story\.yaml: is not valid UTF-8 \(first bad byte on line 2\)/
		);
		expect(failure(bytes())).toBe('s/story.yaml: is empty');
		expect(failure(new Uint8Array(1024 * 1024 + 1))).toMatch(/is 1048577 bytes; at most 1048576/);
	});
});
