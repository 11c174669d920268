/**
 * The settings that name a path (notes, new notes and letters folders, the word list, the note
 * template) are read from a workspace someone else may have prepared: each must stay inside the
 * workspace folder. This is the pure half of that rule — what a written path means relative to
 * the folder, and whether a resolved (real) path lies inside the folder's real path; the adapters
 * resolve symbolic links (realpath) and ask it.
 */
import { SETTINGS_SECTION } from './settings';

/** Every `interviewFollowUp.*` setting whose value is a path (package.json lists them as restricted in untrusted workspaces). */
export const PATH_SETTINGS = ['notesFolder', 'newNotesFolder', 'lettersFolder', 'wordListFile', 'interviewTemplateFile'] as const;
export type PathSetting = (typeof PATH_SETTINGS)[number];

/** Settings, word lists and note templates are small: a bigger file is refused rather than read. */
export const SMALL_FILE_LIMIT = 1024 * 1024;

export type SettingPath = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string };

/** `/`-separated, without `.` segments, repeated or trailing slashes; `..` kept where it leads up. */
function normalize(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (segment === '..' && absolute) continue; // `/..` is `/`
    else out.push(segment);
  }
  return (absolute ? '/' : '') + out.join('/');
}

/** A Windows drive path (`C:\…`, `c:/…`) or a UNC path. */
const WINDOWS_ABSOLUTE = /^(?:[A-Za-z]:\/|\/\/)/;

function slashes(path: string): string {
  return path.replace(/\\/g, '/');
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || WINDOWS_ABSOLUTE.test(path);
}

/** Windows compares paths without case. */
function comparable(path: string): string {
  return WINDOWS_ABSOLUTE.test(path) ? path.toLowerCase() : path;
}

/**
 * Whether `path` is `root` or lies under it; both absolute (`/` or `\` separators), already
 * resolved by the caller (realpath) when links matter.
 */
export function isWithin(root: string, path: string): boolean {
  const r = comparable(normalize(slashes(root)).replace(/\/$/, ''));
  const p = comparable(normalize(slashes(path)));
  return p === r || p.startsWith(r === '' ? '/' : `${r}/`) || (r === '' && p === '/');
}

/**
 * Where a path setting points, relative to the workspace folder (`/`-separated, '' for the folder
 * itself), or why it is refused: a path that climbs out with `..`, or an absolute path that is
 * not inside `root` (the folder's absolute path; without it every absolute path is refused).
 */
export function settingPath(key: PathSetting, written: string, root?: string): SettingPath {
  const trimmed = slashes(written.trim());
  let relative = trimmed;
  if (isAbsolutePath(trimmed)) {
    const base = root === undefined ? undefined : normalize(slashes(root)).replace(/\/$/, '');
    const path = normalize(trimmed);
    if (base === undefined || !isWithin(base, path)) return { ok: false, message: outsideMessage(key, written) };
    relative = path.slice(base.length).replace(/^\//, '');
  }
  const path = normalize(relative);
  if (path === '..' || path.startsWith('../') || isAbsolutePath(path)) return { ok: false, message: outsideMessage(key, written) };
  return { ok: true, path };
}

/** Why a path setting is not used: it names a place outside the folder. */
export function outsideMessage(key: PathSetting, written: string, folder = 'the workspace folder'): string {
  return `${SETTINGS_SECTION}.${key} "${written}" is outside ${folder}, so it is not used`;
}

/** Why a path setting is not used: a symbolic link on the way leads out of the folder (or nowhere). */
export function linkOutsideMessage(key: PathSetting, written: string, folder = 'the workspace folder', dangling = false): string {
  return dangling
    ? `${SETTINGS_SECTION}.${key} "${written}" goes through a symbolic link that leads nowhere, so it is not used`
    : `${SETTINGS_SECTION}.${key} "${written}" leads outside ${folder} through a symbolic link, so it is not used`;
}
