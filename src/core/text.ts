/** A fixed, locale-independent order for text (UTF-16 code units): sorted output is the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
