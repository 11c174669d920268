/**
 * Reads `interviewFollowUp.*` settings from a folder's `.vscode/settings.json` (JSON with comments),
 * as VS Code would — but only from a folder the user can trust, as git's `safe.directory`: one
 * owned by the user (or root), writable by no other user (world, or a group other than the
 * user's own primary group). Settings from another user's or a
 * shared, world-writable folder (`/tmp`) could point the word list at any file the user can read.
 * INTERVIEW_FOLLOWUP_SAFE_FOLDERS lists folders to trust anyway (separated like PATH; `*` trusts all).
 */
import { realpathSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { createScanner, parse, printParseErrorCode, SyntaxKind, type ParseError } from 'jsonc-parser';
import { resolveSettings, type SettingsResult } from '../core/shared/settings';
import { SMALL_FILE_LIMIT } from '../core/shared/settingPaths';
import { FileRefusal, readRegularFile } from '../node/safeFiles';

export const SETTINGS_FILE = '.vscode/settings.json';
export { SMALL_FILE_LIMIT };
export const SAFE_FOLDERS_VARIABLE = 'INTERVIEW_FOLLOWUP_SAFE_FOLDERS';
/** Real settings nest two or three levels; the parser recurses once per level (40 KB of `[` overflowed its stack). */
export const MAX_SETTINGS_DEPTH = 64;

export function hasSettingsFile(folder: string): boolean {
  try {
    statSync(join(folder, SETTINGS_FILE));
    return true;
  } catch {
    return false;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Why the settings of `folder` are not to be trusted (undefined when they are): the folder, its
 * `.vscode` or the settings file belongs to another user, or others may write to it.
 */
export function untrustedSettingsReason(folder: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (typeof process.getuid !== 'function') return undefined; // Windows: no owners to compare
  const allowed = (env[SAFE_FOLDERS_VARIABLE] ?? '').split(delimiter).filter((entry) => entry !== '');
  if (allowed.includes('*')) return undefined;
  const real = realOrSelf(folder);
  if (allowed.some((entry) => realOrSelf(entry) === real)) return undefined;
  const uid = process.getuid();
  for (const path of [folder, join(folder, '.vscode'), join(folder, SETTINGS_FILE)]) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      continue; // reading it will say
    }
    if (path.endsWith(SETTINGS_FILE) && !stats.isFile()) continue; // a pipe or a device: reading it refuses it
    const shown = realOrSelf(path);
    if (stats.uid !== uid && stats.uid !== 0) return `${shown} belongs to another user (uid ${stats.uid})`;
    // World-writable, or writable by a group other than the user's own primary group (with user private groups, as
    // Debian and Ubuntu make them under umask 002, a folder writable by one's own group is still one's own).
    const groupWritable = (stats.mode & 0o020) !== 0 && (typeof process.getgid !== 'function' || stats.gid !== process.getgid());
    if (stats.mode & 0o002 || groupWritable) return `${shown} can be changed by other users (mode ${(stats.mode & 0o777).toString(8)})`;
  }
  return undefined;
}

/** Where brackets nest deeper than `max` (scanned without recursion), or undefined. */
function nestingBeyond(text: string, max: number): number | undefined {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      if (++depth > max) return scanner.getTokenOffset();
    } else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

export function readWorkspaceSettings(folder: string, env: NodeJS.ProcessEnv = process.env): SettingsResult {
  if (!hasSettingsFile(folder)) return resolveSettings({});
  const untrusted = untrustedSettingsReason(folder, env);
  if (untrusted) {
    return { ...resolveSettings({}), problems: [`${SETTINGS_FILE} is not used: ${untrusted}. Using the default settings; to trust this folder, add it to ${SAFE_FOLDERS_VARIABLE}`] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readRegularFile(join(folder, SETTINGS_FILE), SMALL_FILE_LIMIT, SETTINGS_FILE));
  } catch (e) {
    const why = e instanceof FileRefusal ? e.message : e instanceof TypeError ? 'it is not UTF-8 text' : String(e);
    return { ...resolveSettings({}), problems: [`${SETTINGS_FILE} cannot be read (${why}); using the default settings`] };
  }
  const deep = nestingBeyond(text, MAX_SETTINGS_DEPTH);
  if (deep !== undefined) {
    return { ...resolveSettings({}), problems: [`${SETTINGS_FILE} nests brackets more than ${MAX_SETTINGS_DEPTH} levels deep (at offset ${deep}); using the default settings`] };
  }
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const result = resolveSettings(raw);
  if (errors.length > 0) {
    return { ...result, problems: [`${SETTINGS_FILE} is not valid JSON (${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}); some settings may be ignored`, ...result.problems] };
  }
  return result;
}
