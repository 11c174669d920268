/** Whether two written names are the same person's: case, spacing and Unicode normalisation aside. */
export function samePerson(a: string, b: string): boolean {
  return personKey(a) === personKey(b);
}

/** The form two names of the same person share (for a map of people: one lookup instead of a scan). */
export function personKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}
