/** A fixed, locale-independent order for text (UTF-16 code units): sorted output is the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The text with its first character in upper case ("london" → "London"). */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A reason as a sentence of a message: capitalized, with a full stop ("nothing to edit" → "Nothing to edit."). */
export function asSentence(reason: string): string {
  return `${capitalize(reason)}.`;
}

/** A short stable hash of text (32-bit FNV-1a over its UTF-8 bytes, 8 hex digits): for names and IDs, not for security. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
