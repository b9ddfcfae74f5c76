import QRCode from 'qrcode';
import { getStory } from '$lib/server/stories';
import { publicBase, stepLink, type HandoutLink } from '$lib/present/handout-links';
import { qrPath, QR_QUIET_ZONE } from '$lib/present/qr-path';

function handoutLink(url: string): HandoutLink {
	const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
	return {
		url,
		qr: qrPath({ size: modules.size, dark: (row, col) => modules.get(row, col) === 1 }),
		side: modules.size + 2 * QR_QUIET_ZONE
	};
}

export const load = () => {
	const story = getStory();
	const { base, problem } = publicBase(process.env.PUBLIC_ORIGIN);
	// Printed links must be absolute; without a public address the handout goes without them.
	if (problem)
		console.warn(
			`\n[print handout] ${problem} (set it at build time, e.g. PUBLIC_ORIGIN=https://example.org).\n`
		);
	return {
		story,
		site: base ? handoutLink(base) : null,
		links: base ? story.steps.map((step) => handoutLink(stepLink(base, step.slug))) : null
	};
};
