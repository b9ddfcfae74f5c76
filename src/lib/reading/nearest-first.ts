/**
 * The items in the order a reader at `index` is likely to reach them: the next one, the one
 * before, then two ahead, two back, and so on outwards.
 */
export function nearestFirst<T>(items: readonly T[], index: number): T[] {
	const order: T[] = [];
	for (let d = 1; d < items.length; d++) {
		for (const i of [index + d, index - d]) {
			if (i >= 0 && i < items.length) order.push(items[i] as T);
		}
	}
	return order;
}
