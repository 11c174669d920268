/** Whether two written names are the same person's: case, spacing and Unicode normalisation aside. */
export function samePerson(a: string, b: string): boolean {
  return personKey(a) === personKey(b);
}

/** The form two names of the same person share (for a map of people: one lookup instead of a scan). */
export function personKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export type PersonMatch = { readonly ok: true; readonly name: string } | { readonly ok: false; readonly reason: string };

/**
 * The person among `names` that `typed` means, as people type a name: the whole name (case and
 * spacing aside), else the one name whose first name, last name or any single word of it is
 * `typed` ("jane" for Jane Smith). A word that several people share is refused, naming them.
 */
export function findPerson(typed: string, names: readonly string[]): PersonMatch {
  const whole = names.filter((n) => samePerson(n, typed));
  if (whole.length >= 1) return { ok: true, name: whole[0] };
  const words = (s: string) => s.normalize('NFC').toLowerCase().split(/[\s.,]+/).filter(Boolean);
  const wanted = words(typed);
  const partial = wanted.length === 0 ? [] : names.filter((n) => {
    const have = words(n);
    return wanted.every((w) => have.includes(w));
  });
  const distinct = [...new Set(partial)];
  if (distinct.length === 1) return { ok: true, name: distinct[0] };
  if (distinct.length > 1) return { ok: false, reason: `"${typed}" could be ${listNames(distinct, 'or')}: give the whole name.` };
  return { ok: false, reason: `${typed} is not among the interviewers of this note${names.length > 0 ? ` (${names.join(', ')})` : ''}.` };
}

function listNames(names: readonly string[], conjunction: string): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}
