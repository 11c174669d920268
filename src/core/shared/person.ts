/** Whether two written names are the same person's: case, spacing and Unicode normalisation aside. */
export function samePerson(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}
