/**
 * Where the CLI keeps its index cache: one file per notes folder under the user's cache folder
 * ($XDG_CACHE_HOME or ~/.cache, `interview-followup/`), never in the notes folder itself.
 * INTERVIEW_FOLLOWUP_CACHE_DIR chooses another folder; set to `off` it turns the cache off.
 * Reading and writing it can fail (a read-only home, a full disk): the CLI then just reads the notes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { IndexCache } from '../core/notes/indexCache';
import { readRegularFile } from './safeFiles';

const MAX_CACHE_BYTES = 512 * 1024 * 1024;

export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.INTERVIEW_FOLLOWUP_CACHE_DIR;
  if (chosen !== undefined) return chosen === 'off' || chosen === '' ? undefined : chosen;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'interview-followup');
}

export function cacheFileFor(folder: string, notesDir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = cacheFolder(env);
  if (!dir) return undefined;
  let real = folder;
  try {
    real = realpathSync(folder);
  } catch {
    // keep the path as given
  }
  const key = createHash('sha256').update(`${real}\u0000${notesDir}`).digest('hex').slice(0, 24);
  return join(dir, `index-${key}.json`);
}

export function loadIndexCache(file: string | undefined): IndexCache {
  if (!file) return IndexCache.empty();
  try {
    return IndexCache.parse(readRegularFile(file, MAX_CACHE_BYTES, 'the cache').toString('utf8'));
  } catch {
    return IndexCache.empty();
  }
}

export function saveIndexCache(file: string | undefined, cache: IndexCache): void {
  if (!file || !cache.changed) return;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, cache.serialize(Date.now()));
    renameSync(temp, file);
  } catch {
    // The cache is only a shortcut: without it the next run reads the notes again.
  }
}
