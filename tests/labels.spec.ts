// Labels a reader can read on the live map: each step's own places and areas are named, and a
// map zoomed on the border says which side is Afghanistan and which Pakistan. The canvas has no
// text, so the map lists the labels MapLibre placed (data-labels, once it is still); which labels
// every step's static map and live filters show is checked by src/lib/map/labels.test.ts.
import { expect, test, type Page } from '@playwright/test';
import { engageMap, recordSteps, settledOn } from './helpers';

const STEPS: { slug: string; labels: string[] }[] = [
	{
		slug: 'south-waziristan',
		labels: ['place:wana', 'area:south-waziristan', 'country:AFG', 'country:PAK']
	},
	{ slug: 'kabul', labels: ['place:kabul', 'place:panjshir', 'admin1:AF-KAB'] },
	{
		slug: 'chechnya-bosnia-philippines',
		labels: ['place:grozny', 'place:sarajevo', 'place:basilan']
	}
];

const placedLabels = (page: Page) =>
	page
		.locator('.map-stage [data-labels]')
		.evaluate((el: HTMLElement) => (el.dataset.labels ?? '').split(' '));

test.use({ viewport: { width: 1280, height: 800 } });

for (const { slug, labels } of STEPS) {
	test(`${slug}: the live map names ${labels.join(', ')}`, async ({ page }) => {
		await recordSteps(page);
		await page.goto(`/#${slug}`);
		await engageMap(page);
		await settledOn(page, slug);
		await expect
			.poll(
				async () => {
					const placed = await placedLabels(page);
					return labels.filter((fid) => !placed.includes(fid));
				},
				{
					message: `labels missing on ${slug}`
				}
			)
			.toEqual([]);
	});
}
