/**
 * What the contact sheet (scripts/contact-sheet.ts) shoots and how its page lays the shots out:
 * pure, so the filters and the page are unit-tested (tests/unit/contact-sheet-plan.test.ts).
 */
export const SHEET_SIZES = {
	desktop: { width: 1280, height: 800 },
	phone: { width: 390, height: 844 }
} as const;

export type SheetWidth = keyof typeof SHEET_SIZES;
export type SheetTheme = 'light' | 'dark';
export type Renderer = 'static' | 'live';

export interface Shot {
	slug: string;
	width: SheetWidth;
	theme: SheetTheme;
	renderer: Renderer;
	file: string;
}

const WIDTHS = Object.keys(SHEET_SIZES) as SheetWidth[];
const THEMES: SheetTheme[] = ['light', 'dark'];
const RENDERERS: Renderer[] = ['static', 'live'];

function pick<T extends string>(
	all: readonly T[],
	wanted: string[] | undefined,
	what: string
): T[] {
	if (!wanted) return [...all];
	const unknown = wanted.filter((w) => !all.includes(w as T));
	if (unknown.length > 0) throw new Error(`unknown ${what}: ${unknown.join(', ')}`);
	return all.filter((a) => wanted.includes(a));
}

/** Every shot the filters ask for, in story order; an unknown step, width or theme is an error. */
export function sheetShots(
	steps: readonly { slug: string }[],
	filters: { steps?: string[]; widths?: string[]; themes?: string[] }
): Shot[] {
	const slugs = pick(
		steps.map((s) => s.slug),
		filters.steps,
		'step'
	);
	const widths = pick(WIDTHS, filters.widths, 'width');
	const themes = pick(THEMES, filters.themes, 'theme');
	return slugs.flatMap((slug) =>
		widths.flatMap((width) =>
			themes.flatMap((theme) =>
				RENDERERS.map((renderer) => ({
					slug,
					width,
					theme,
					renderer,
					file: `${slug}-${width}-${theme}-${renderer}.png`
				}))
			)
		)
	);
}

const escapeHtml = (text: string) => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sheet: a section per step, a row per width and theme, static and live side by side. */
export function sheetHtml(
	steps: readonly { slug: string; title: string; alt: string }[],
	shots: readonly Shot[],
	failures: readonly string[]
): string {
	const sections = steps.flatMap((step) => {
		const mine = shots.filter((s) => s.slug === step.slug);
		if (mine.length === 0) return [];
		const rows = WIDTHS.flatMap((width) =>
			THEMES.flatMap((theme) => {
				const pair = mine.filter((s) => s.width === width && s.theme === theme);
				if (pair.length === 0) return [];
				const cells = pair.map(
					(s) =>
						`<figure class="${width}"><img src="${s.file}" alt="" loading="lazy">` +
						`<figcaption>${s.renderer}</figcaption></figure>`
				);
				return [`<div class="row"><h3>${width}, ${theme}</h3>${cells.join('')}</div>`];
			})
		);
		return [
			`<section id="${escapeHtml(step.slug)}"><h2>${escapeHtml(step.slug)}: ` +
				`${escapeHtml(step.title)}</h2><p class="alt">alt: ${escapeHtml(step.alt)}</p>` +
				`${rows.join('')}</section>`
		];
	});
	const failed = failures.length
		? `<ul class="failed">${failures.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>`
		: '';
	return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Contact sheet</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1rem;background:#ddd}
section{margin-bottom:2rem}.row{display:flex;gap:.5rem;align-items:flex-start;flex-wrap:wrap}
h3{writing-mode:vertical-rl;margin:0;font-size:12px}figure{margin:0}
figure.desktop img{width:640px}figure.phone img{width:260px}
figcaption{font-size:12px}.alt{max-width:80ch;color:#333}.failed{color:#a00}
</style>
<h1>Contact sheet</h1>${failed}${sections.join('\n')}</html>
`;
}
