/** Curated word lists for letters. */

/** Company-name words too common to check for near misses. */
export const GENERIC_COMPANY_WORDS = new Set([
  'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'gmbh', 'ag', 'sa', 'plc', 'group', 'the', 'and', 'of',
  'labs', 'technologies', 'technology', 'systems', 'solutions', 'services', 'health', 'bank', 'international', 'global',
  'llp', 'lp', 'pc', 'pllc', 'limited', 'incorporated', 'holdings', 'partners', 'associates', 'consulting', 'industries',
  'enterprises', 'ventures', 'capital', 'financial', 'insurance', 'healthcare', 'medical', 'hospital', 'clinic', 'care', 'foundation',
  'trust', 'university', 'college', 'school', 'academy', 'institute', 'center', 'centre', 'council', 'authority', 'agency',
  'communications', 'media', 'studio', 'studios', 'logistics', 'transport', 'freight', 'supply', 'energy', 'power', 'software',
  'digital', 'data', 'analytics', 'networks', 'network', 'design', 'engineering', 'construction', 'manufacturing', 'pharma',
  'pharmaceuticals', 'biotech', 'therapeutics', 'law', 'legal', 'firm', 'accounting', 'audit', 'advisory', 'management', 'marketing',
  'retail', 'foods', 'food', 'kitchen', 'restaurant', 'hotel', 'hotels', 'resorts', 'airlines', 'air', 'motors', 'automotive',
  'de', 'la', 'le', 'du', 'del', 'und', 'et', 'y', 'for', 'at', 'on', 'in', 'a', 'an', 'public', 'national', 'city', 'county', 'state',
  'district', 'regional', 'community', 'general', 'united', 'first', 'new', 'north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'central', 'american', 'british', 'european',
]);

/** Greetings that name no one in particular. */
export const GENERIC_GREETINGS = /^(?:hiring (?:manager|team)|sir|madam|sir or madam|team|all|everyone|recruiter|recruiting team|search committee|to whom it may concern)$/i;
