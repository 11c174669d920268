/**
 * Note paths: always relative to the indexed folder, with `/` separators, whatever the platform.
 * Plain string work (no `node:path`), so the same code runs in the browser; it gives what Node's
 * `path.posix` gives for these paths (a unit test compares them).
 */

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

/** `path.posix.normalize`: `.` and empty segments dropped, `..` resolved, a trailing `/` kept. */
function normalize(path: string): string {
  if (path === '') return '.';
  const absolute = path.startsWith('/');
  const trailing = path.endsWith('/');
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') out.push(segment);
    else if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (!absolute) out.push('..');
  }
  const joined = out.join('/');
  if (absolute) return `/${joined}${joined && trailing ? '/' : ''}`;
  return `${joined || '.'}${trailing ? '/' : ''}`;
}

function join(...parts: string[]): string {
  const present = parts.filter((p) => p.length > 0);
  return present.length === 0 ? '.' : normalize(present.join('/'));
}

/** `path.posix.dirname`. */
function posixDirname(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  let end = -1;
  let inTrailingSlashes = true;
  for (let i = path.length - 1; i >= 1; i--) {
    if (path[i] === '/') {
      if (!inTrailingSlashes) {
        end = i;
        break;
      }
    } else inTrailingSlashes = false;
  }
  if (end === -1) return rooted ? '/' : '.';
  if (rooted && end === 1) return '//';
  return path.slice(0, end);
}

/** `path.posix.relative` between two folder-relative paths (neither leaves the folder). */
function relative(from: string, to: string): string {
  const segments = (p: string) => normalize(`/${p}`).split('/').filter(Boolean);
  const a = segments(from);
  const b = segments(to);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

export function dirname(file: string): string {
  const d = posixDirname(file);
  return d === '.' ? '' : d;
}

/** Joins and normalises; returns undefined when the result would leave the folder. */
export function joinRelative(dir: string, relativePath: string): string | undefined {
  const joined = normalize(join(dir || '.', relativePath.replace(/\\/g, '/')));
  if (joined === '..' || joined.startsWith('../') || joined.startsWith('/')) return undefined;
  return joined === '.' ? '' : joined;
}

/** The path of `to` as seen from the folder of `from` (both folder-relative). */
export function relativeFrom(from: string, to: string): string {
  const rel = relative(dirname(from) || '.', to);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export function withoutExtension(file: string): string {
  return file.replace(/\.(md|markdown)$/i, '');
}

/** The `path.posix` functions above, for the unit test that holds them to Node's. */
export const posixPath = { normalize, join, dirname: posixDirname, relative };
