/**
 * The corpus of broken stories (tests/fixtures/broken-stories/<case>/, each with an expect.txt of
 * the fragments its report must hold) and the ones too big or too binary to commit, generated
 * here. Every one must fail with a message naming file, step and field, without a stack trace,
 * quickly; the CLI and the build must refuse them the same way.
 */
import { spawnSync } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBasemap, readStory } from '../../src/lib/server/stories';
import { StoryError } from '../../src/lib/story/story-error';
import { LIMITS } from '../../src/lib/story/limits';

const CORPUS = resolve('tests/fixtures/broken-stories');
const { index } = readBasemap();

/** What loading a story folder reports, and how long it took. */
function attempt(folder: string): { report: string; ms: number; storyError: boolean } {
	const start = performance.now();
	try {
		readStory(folder, index);
	} catch (error) {
		return {
			report: error instanceof Error ? error.message : String(error),
			ms: performance.now() - start,
			storyError: error instanceof StoryError
		};
	}
	throw new Error(`${folder} loaded without an error`);
}

function expectGoodReport(folder: string, fragments: readonly string[]): void {
	const { report, ms, storyError } = attempt(folder);
	expect(storyError, report).toBe(true);
	for (const fragment of fragments) expect(report).toContain(fragment);
	expect(report).not.toMatch(/^\s+at /m);
	expect(report.split('\n').length).toBeLessThanOrEqual(LIMITS.problems + 1);
	// Loose (the machine is shared): a case takes milliseconds to a second or two; a runaway (an
	// alias bomb, a quadratic scan, unbounded recursion) would not finish at all.
	expect(ms).toBeLessThan(10_000);
}

const cases = readdirSync(CORPUS).sort();

describe('the broken-story corpus', { timeout: 30_000 }, () => {
	it('has the cases the issue lists', () => {
		expect(cases.length).toBeGreaterThanOrEqual(40);
	});

	it.each(cases)('%s fails with a message naming file, step and field', (name) => {
		const fragments = readFileSync(join(CORPUS, name, 'expect.txt'), 'utf8')
			.split('\n')
			.filter((line) => line !== '');
		expectGoodReport(join(CORPUS, name), fragments);
	});

	it('never reads or quotes a file outside the story folder', () => {
		const { report } = attempt(join(CORPUS, 'essay-path-traversal'));
		expect(report).not.toMatch(/root:|differs from/);
	});
});

describe('broken stories made at run time', { timeout: 30_000 }, () => {
	const root = mkdtempSync(join(tmpdir(), 'broken-stories-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	const STEP = (slug: string, caption = 'Peshawar.') =>
		`  - slug: ${slug}\n    caption: ${caption}\n    alt: 'Map: Peshawar.'\n    map: { features: [place:peshawar] }\n`;
	const STORY = `title: Made here\nsteps:\n${STEP('peshawar')}`;

	/** Writes a story folder; each file is text (UTF-8) or bytes. */
	function folder(name: string, files: Record<string, string | Uint8Array>): string {
		const dir = join(root, name);
		mkdirSync(dir);
		for (const [file, body] of Object.entries(files)) writeFileSync(join(dir, file), body);
		return dir;
	}
	const cp1252 = (text: string) =>
		Uint8Array.from([...text].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));

	const made: [string, () => string, string[]][] = [
		[
			'a byte-order mark',
			() => folder('bom', { 'story.yaml': `\uFEFF${STORY}` }),
			['bom/story.yaml: starts with a byte-order mark (BOM)']
		],
		[
			'a story saved as cp1252',
			() => folder('cp1252', { 'story.yaml': cp1252(STORY.replace('Peshawar.', 'Peshawar’s.')) }),
			['cp1252/story.yaml: is not valid UTF-8 (first bad byte on line 4)']
		],
		[
			'an essay saved as cp1252',
			() =>
				folder('cp1252-essay', {
					'story.yaml': `essay: essay.txt\n${STORY}`,
					'essay.txt': cp1252('Peshawar’s role.\n')
				}),
			['cp1252-essay/essay.txt: is not valid UTF-8']
		],
		[
			'a 5 MB caption',
			() => folder('huge-file', { 'story.yaml': STORY.replace('Peshawar.', 'x'.repeat(5e6)) }),
			['huge-file/story.yaml: is 500', `at most ${LIMITS.fileBytes}`]
		],
		[
			'a caption of 900,000 characters',
			() => folder('huge-caption', { 'story.yaml': STORY.replace('Peshawar.', 'x'.repeat(9e5)) }),
			['huge-caption/story.yaml: step "peshawar": caption: caption is 900000 characters long']
		],
		[
			'a 2 MB essay',
			() =>
				folder('huge-essay', {
					'story.yaml': `essay: essay.txt\n${STORY}`,
					'essay.txt': 'word '.repeat(4e5)
				}),
			['huge-essay/essay.txt: is 2000000 bytes']
		],
		[
			'1000 steps',
			() =>
				folder('thousand-steps', {
					'story.yaml': `title: Long\nsteps:\n${Array.from({ length: 1000 }, (_, i) => STEP(`s${i}`)).join('')}`
				}),
			['thousand-steps/story.yaml: steps: the story has 1000 steps; at most 500']
		],
		[
			'400 broken steps (the report stays short)',
			() =>
				folder('many-problems', {
					'story.yaml': `title: Long\nsteps:\n${Array.from({ length: 400 }, () => STEP('Bad Slug')).join('')}`
				}),
			['many-problems/story.yaml: step 1: slug:', '… and 350 more problems']
		],
		[
			'an alias bomb',
			() => {
				const levels = Array.from(
					{ length: 9 },
					(_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`
				);
				return folder('alias-bomb', {
					'story.yaml': `l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n${levels.join('\n')}\n${STORY}`
				});
			},
			['alias-bomb/story.yaml: not valid YAML: its aliases (*name) expand too far']
		],
		[
			'a 10,000-character slug',
			() =>
				folder('long-slug', {
					'story.yaml': STORY.replace('slug: peshawar', `slug: ${'a'.repeat(1e4)}`)
				}),
			['long-slug/story.yaml: step 1: slug: slug is 10000 characters long']
		],
		[
			'YAML nested 100,000 deep',
			() => folder('deep', { 'story.yaml': `title: ${'['.repeat(1e5)}${']'.repeat(1e5)}\n` }),
			['deep/story.yaml: not valid YAML: nests more than 32 levels deep at line 1']
		],
		[
			'a compact list nested 20,000 deep',
			() => folder('deep-list', { 'story.yaml': `title: x\nsteps:\n${'- '.repeat(2e4)}x\n` }),
			['deep-list/story.yaml: not valid YAML: nests more than 32 levels deep at line 3']
		],
		[
			'mappings indented 1,000 deep',
			() =>
				folder('deep-indent', {
					'story.yaml': Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')
				}),
			['deep-indent/story.yaml: not valid YAML: nests more than 32 levels deep at line 3']
		],
		[
			'a folder where story.yaml belongs',
			() => {
				const dir = folder('yaml-folder', {});
				mkdirSync(join(dir, 'story.yaml'));
				return dir;
			},
			['yaml-folder/story.yaml: is a folder, not a file']
		],
		[
			'a folder where the essay belongs',
			() => {
				const dir = folder('essay-folder', { 'story.yaml': `essay: essay.txt\n${STORY}` });
				mkdirSync(join(dir, 'essay.txt'));
				return dir;
			},
			['essay-folder/essay.txt: is a folder, not a file']
		],
		[
			'an essay that links out of the folder',
			() => {
				const dir = folder('essay-link', { 'story.yaml': `essay: essay.txt\n${STORY}` });
				symlinkSync('/etc/passwd', join(dir, 'essay.txt'));
				return dir;
			},
			['essay-link/essay.txt: is a link to a file outside the story’s folder']
		],
		['a folder that is not there', () => join(root, 'nowhere'), ['nowhere: no story folder here']],
		[
			'a folder with no story.yaml',
			() => folder('no-yaml', { 'essay.txt': 'Text.\n' }),
			['no-yaml/story.yaml: no story.yaml in this folder']
		]
	];

	it.each(made)('%s fails with a clear message', (_, make, fragments) => {
		expectGoodReport(make(), fragments);
	});
});

describe('npm run check:story and the build', () => {
	const tsx = resolve('node_modules/tsx/dist/cli.mjs');
	const run = (args: string[], env: Record<string, string> = {}) =>
		spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });

	it('the CLI refuses broken stories with their messages and exit status 1', () => {
		const picked = ['swapped-camera', 'essay-path-traversal', 'self-alias', 'empty-file'];
		const result = run([tsx, 'scripts/check-story.ts', ...picked.map((c) => join(CORPUS, c))]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('lat and lon may be swapped');
		expect(result.stderr).toContain('essay-path-traversal/story.yaml: essay: must be a plain');
		expect(result.stderr).toContain('refers to a node that contains it');
		expect(result.stderr).toContain('empty-file/story.yaml: is empty');
		expect(result.stderr).not.toMatch(/^\s+at |root:/m);
	}, 60_000);

	it('the build stops before building anything, with the same message', () => {
		const vite = resolve('node_modules/vite/bin/vite.js');
		const result = run([vite, 'build'], { STORY_DIR: join(CORPUS, 'unknown-key-step') });
		const output = result.stdout + result.stderr;
		expect(result.status).not.toBe(0);
		expect(output).toContain('unknown-key-step/story.yaml: step "peshawar": dte: unknown field');
		expect(output).toContain('nothing was built');
		expect(output).not.toMatch(/^\s+at /m);
	}, 180_000);
	it('checks drafts too, says which they are, and fails on a broken one', () => {
		const result = run([tsx, 'scripts/check-story.ts'], {
			CONTENT_DIR: 'tests/fixtures/content-drafts',
			STORY: 'two-crossings'
		});
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('ok   two-crossings: 3 steps');
		expect(result.stderr).toContain('(draft: checked, not built)');
		expect(result.stderr).toContain(
			'broken-draft/story.yaml: step "somewhere": map.features[0]: unknown feature'
		);
		expect(result.stderr).not.toMatch(/^\s+at /m);
	}, 60_000);

	it('for the build, reports a broken draft as a warning and passes', () => {
		const result = run([tsx, 'scripts/check-story.ts', '--build'], {
			CONTENT_DIR: 'tests/fixtures/content-drafts',
			STORY: 'two-crossings'
		});
		expect(result.status).toBe(0);
		expect(result.stderr).toMatch(/^WARN .*broken-draft \(draft: checked, not built\)$/m);
	}, 60_000);

	it('a broken published story stops the build, with its file · step · field message', () => {
		const vite = resolve('node_modules/vite/bin/vite.js');
		const result = run([vite, 'build'], {
			CONTENT_DIR: 'tests/fixtures/content-broken',
			STORY: 'two-crossings'
		});
		const output = result.stdout + result.stderr;
		expect(result.status).not.toBe(0);
		expect(output).toContain(
			'broken-published/story.yaml: step "somewhere": map.features[0]: unknown feature "place:nowhere"'
		);
		expect(output).toContain('nothing was built');
		expect(output).not.toMatch(/^\s+at /m);
	}, 180_000);
});
