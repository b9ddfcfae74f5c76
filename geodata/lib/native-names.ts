// Native names, resolved by the pipeline: each feature keeps one `name_native`, in the language
// its region declares for its country (region.yaml `nativeNames`), so that the maps show it as it
// is and no code of the site knows which country writes which language.
import type { Feature, Geometry } from 'geojson';
import type { Region } from '../../src/lib/story/region-schema';
import { NATIVE_NAME } from './features';
import { nativeLanguages } from './layers';

type Props = Record<string, string | number | boolean | undefined>;

/**
 * The features with their `name_<lang>` properties replaced by one `name_native`: the name in the
 * language of the feature's country first, then in the region's other languages in the order it
 * lists them. A feature's country is its `country` property, or its `admin1`'s (`countryOf`).
 */
export function withNativeNames<F extends Feature<Geometry, Props>>(
	features: readonly F[],
	region: Pick<Region, 'nativeNames'>,
	countryOf: (admin1: string) => string | undefined
): F[] {
	const languages = nativeLanguages(region);
	return features.map((f) => {
		const p = f.properties;
		const country = typeof p.country === 'string' ? p.country : countryOf(String(p.admin1));
		const own = country ? region.nativeNames[country.replace('country:', '')] : undefined;
		const order = own ? [own, ...languages.filter((lang) => lang !== own)] : languages;
		const native = order.map((lang) => p[`name_${lang}`]).find((name) => typeof name === 'string');
		const entries = Object.entries(p).filter(([key]) => !NATIVE_NAME.test(key));
		const at = entries.findIndex(([key]) => key === 'name') + 1;
		if (native !== undefined) entries.splice(at, 0, ['name_native', native]);
		return { ...f, properties: Object.fromEntries(entries) };
	});
}
