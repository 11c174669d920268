/**
 * Which date-fns locale shows dates to a person: from VS Code's display language
 * (`vscode.env.language`, e.g. "en", "de", "pt-br", "zh-cn"), English when there is none.
 *
 * The table holds the languages VS Code itself is translated into, plus the regional variants
 * date-fns has for them: all of date-fns' 95 locales would add about 0.8 MB to the bundle.
 */
import type { Locale } from 'date-fns';
import {
  cs, de, deAT, enAU, enCA, enGB, enIE, enIN, enNZ, enUS, enZA, es, fr, frCA, frCH, it, ja, ko, pl, pt, ptBR, ru, tr, zhCN, zhHK, zhTW,
} from 'date-fns/locale';

export const DEFAULT_DATE_LOCALE: Locale = enUS;

const LOCALES: ReadonlyMap<string, Locale> = new Map(
  [cs, de, deAT, enAU, enCA, enGB, enIE, enIN, enNZ, enUS, enZA, es, fr, frCA, frCH, it, ja, ko, pl, pt, ptBR, ru, tr, zhCN, zhHK, zhTW]
    .map((locale) => [locale.code!.toLowerCase(), locale] as const),
);

/** VS Code's names for the Chinese scripts. */
const ALIASES: Readonly<Record<string, string>> = { 'zh-hans': 'zh-cn', 'zh-hant': 'zh-tw', zh: 'zh-cn', en: 'en-us' };

function lookup(tag: string): Locale | undefined {
  const normalized = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!normalized) return undefined;
  const exact = LOCALES.get(ALIASES[normalized] ?? normalized);
  if (exact) return exact;
  const base = normalized.split('-')[0];
  return LOCALES.get(ALIASES[base] ?? base);
}

/**
 * The locale for a display language. VS Code's English is plain "en"; then `regionHint` (the
 * system's own locale, e.g. "en-GB" from `Intl`) picks the English whose date order the person
 * is used to, when date-fns has it. Unknown languages get English.
 */
export function dateLocaleFor(language: string | undefined, regionHint?: string): Locale {
  const normalized = (language ?? '').trim().toLowerCase();
  if ((normalized === 'en' || normalized === '') && regionHint) {
    const hinted = /^en[-_]/i.test(regionHint.trim()) ? lookup(regionHint) : undefined;
    if (hinted) return hinted;
  }
  return lookup(normalized) ?? DEFAULT_DATE_LOCALE;
}

/** The locale codes the table knows, for the README and tests. */
export function knownDateLocales(): string[] {
  return [...LOCALES.values()].map((l) => l.code!);
}
