/** Note paths: always relative to the indexed folder, with `/` separators, whatever the platform. */
import { posix } from 'node:path';

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

export function dirname(file: string): string {
  const d = posix.dirname(file);
  return d === '.' ? '' : d;
}

/** Joins and normalises; returns undefined when the result would leave the folder. */
export function joinRelative(dir: string, relative: string): string | undefined {
  const joined = posix.normalize(posix.join(dir || '.', relative.replace(/\\/g, '/')));
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined)) return undefined;
  return joined === '.' ? '' : joined;
}

/** The path of `to` as seen from the folder of `from` (both folder-relative). */
export function relativeFrom(from: string, to: string): string {
  const rel = posix.relative(dirname(from) || '.', to);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export function withoutExtension(file: string): string {
  return file.replace(/\.(md|markdown)$/i, '');
}
