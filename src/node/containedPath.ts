/**
 * The machine's half of the containment rule (core/shared/settingPaths): a path setting, already
 * known to stay inside the folder as written, must stay inside once symbolic links are followed.
 * The longest part of the path that exists is resolved with realpath and compared with the
 * folder's own real path; a link on the way that leads nowhere is refused too (what is created
 * through it would land wherever it points later).
 */
import { lstatSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { isWithin, linkOutsideMessage, outsideMessage, settingPath, type PathSetting } from '../core/shared/settingPaths';

export type ContainedPath =
  | { readonly ok: true; /** Folder-relative, `/`-separated. */ readonly relative: string; /** Absolute, as given (not resolved). */ readonly path: string }
  | { readonly ok: false; readonly message: string };

/** Whether `relative` (folder-relative, `/`-separated) stays inside `root` with every link followed; the reason when not. */
export function linkEscape(root: string, relative: string): 'outside' | 'dangling' | undefined {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return undefined; // no folder: nothing to reach through it
  }
  let existing = root;
  for (const segment of relative.split('/').filter((s) => s !== '')) {
    const next = join(existing, segment);
    try {
      lstatSync(next);
    } catch {
      break; // the rest does not exist yet
    }
    existing = next;
  }
  let real: string;
  try {
    real = realpathSync(existing);
  } catch {
    return 'dangling';
  }
  return isWithin(realRoot, real) ? undefined : 'outside';
}

/** A path setting as an absolute path inside `root`, links included, or the sentence saying why it is not used. */
export function containedSettingPath(root: string, key: PathSetting, written: string, folder?: string): ContainedPath {
  const lexical = settingPath(key, written, root);
  if (!lexical.ok) return folder === undefined ? lexical : { ok: false, message: outsideMessage(key, written, folder) };
  const escape = linkEscape(root, lexical.path);
  if (escape) return { ok: false, message: linkOutsideMessage(key, written, folder, escape === 'dangling') };
  return { ok: true, relative: lexical.path, path: lexical.path ? join(root, lexical.path) : root };
}
