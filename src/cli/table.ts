/** Plain-text columns for terminal output, at most `maxWidth` columns wide (long cells end in "…"). */
import { printable } from './printable';

export interface TableOptions {
  /** Columns that may be cut to fit (the others keep their width). */
  readonly shrink?: readonly number[];
  readonly maxWidth?: number;
}

const GAP = 2;
const MIN_SHRUNK = 12;

export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const clean = rows.map((row) => row.map(printable));
  const widths = header.map((h) => h.length);
  for (const row of clean) row.forEach((cell, i) => (widths[i] = Math.max(widths[i], [...cell].length)));
  const maxWidth = options.maxWidth ?? Infinity;
  const shrinkable = options.shrink ?? [];
  let total = widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1);
  while (total > maxWidth) {
    const widest = shrinkable.filter((i) => widths[i] > MIN_SHRUNK).sort((a, b) => widths[b] - widths[a])[0];
    if (widest === undefined) break;
    widths[widest]--;
    total--;
  }
  const fit = (cell: string, width: number) => {
    const chars = [...cell];
    return chars.length <= width ? cell : `${chars.slice(0, width - 1).join('')}…`;
  };
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => {
      const cell = fit(c, widths[i]);
      return i === cells.length - 1 ? cell : cell + ' '.repeat(widths[i] - [...cell].length);
    }).join(' '.repeat(GAP)).trimEnd();
  return [line(header), ...clean.map(line)].join('\n');
}
