import { describe, expect, it } from 'vitest';
import { forbiddenCharacter, printable, quote } from './text-rules';

describe('forbiddenCharacter', () => {
	it.each([
		['Kabul, 2001', undefined],
		['Peshawar’s bazaar\tand\nline', undefined],
		['نوشتار فارسی \u200F', undefined],
		['a < b and <b>bold</b>', undefined],
		['NUL\u0000', 'a control character (U+0000) at character 4'],
		['esc \u001B[31m', 'a control character (U+001B)'],
		['c1 \u0085', 'a control character (U+0085)'],
		['rtl \u202Eexe', 'bidirectional override or isolate character (U+202E) at character 5'],
		['isolate \u2066x\u2069', 'bidirectional override or isolate character (U+2066)'],
		['mis\uFFFDencoded', 'the replacement character (U+FFFD)'],
		['<script>alert(1)</script>', 'contains <script> at character 1'],
		['</SCRIPT >', 'contains <script>'],
		['<img src=x onerror=alert(1)>', 'an event handler attribute'],
		['see JavaScript :alert(1)', 'a javascript: address'],
		['vbscript:msgbox', 'a javascript: address']
	])('%j → %s', (text, expected) => {
		const found = forbiddenCharacter(text);
		if (expected === undefined) expect(found).toBeUndefined();
		else expect(found).toContain(expected);
	});

	it('scans long text with many unclosed tags in linear time', () => {
		const start = performance.now();
		expect(forbiddenCharacter('<a '.repeat(200_000))).toBeUndefined();
		expect(performance.now() - start).toBeLessThan(2000);
	});
});

describe('printable and quote', () => {
	it('escapes what could recolour a terminal or reorder a line', () => {
		expect(printable('a\u001B[31mb\u202Ec\nd')).toBe('a\\u{1b}[31mb\\u{202e}c\nd');
	});

	it('cuts long values short', () => {
		expect(quote('x'.repeat(10_000))).toBe(`"${'x'.repeat(40)}…"`);
		expect(quote('short')).toBe('"short"');
	});
});
