/** Curated word lists for letters. */

/** Real words that are almost always a typo in a job letter, with the word meant. */
export const CONFUSED_WORDS: Readonly<Record<string, string>> = {
  manger: 'manager',
  mangers: 'managers',
  pubic: 'public',
  defiantly: 'definitely',
  loose: 'lose',
  carrier: 'career',
  madman: 'madam',
  retards: 'regards',
  teem: 'team',
  untied: 'united',
  posses: 'possess',
  prefect: 'perfect',
  asses: 'assess',
  statue: 'status',
};

/** Phrases that read as desperate rather than enthusiastic. */
export const DESPERATE_PHRASES: readonly RegExp[] = [
  /\bI (?:really |desperately |badly )?need (?:this|a|the) job\b/gi,
  /\bdesperate(?:ly)?\b/gi,
  /\b(?:I am |I'm )?begging\b/gi,
  /\bplease,? please\b/gi,
  /\bplease (?:just )?(?:hire|pick|choose) me\b/gi,
  /\bI(?:'ll| will) (?:do|take) anything\b/gi,
  /\bany (?:job|position|role) at all\b/gi,
  /\b(?:my )?last chance\b/gi,
  /\bwork for free\b/gi,
  /\bI (?:can't|cannot) afford (?:to|not)\b/gi,
  /\bwhy (?:haven't|have you not) (?:I heard|you (?:replied|answered|called))\b/gi,
  /\bI(?:'m| am) still waiting\b/gi,
];

/** Company-name words too common to check for near misses. */
export const GENERIC_COMPANY_WORDS = new Set([
  'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'gmbh', 'ag', 'sa', 'plc', 'group', 'the', 'and', 'of',
  'labs', 'technologies', 'technology', 'systems', 'solutions', 'services', 'health', 'bank', 'international', 'global',
]);

/** Greetings that name no one in particular. */
export const GENERIC_GREETINGS = /^(?:hiring (?:manager|team)|sir|madam|sir or madam|team|all|everyone|recruiter|recruiting team|search committee|to whom it may concern)$/i;
