/** Loads a folder for the CLI: its settings, word list and the index of the notes under its notes folder. */
import { lstatSync, statSync } from 'node:fs';
import { parseWordList } from '../core/checks/knownWords';
import { buildIndex } from '../core/notes/loader';
import { NoteIndex } from '../core/notes/noteIndex';
import type { ProblemJson } from '../core/present/report';
import type { Settings } from '../core/shared/settings';
import { containedSettingPath } from '../node/containedPath';
import { cacheFileFor, loadIndexCache, saveIndexCache } from '../node/indexCacheFile';
import { FileRefusal, readRegularFile } from '../node/safeFiles';
import { UsageError } from './args';
import { nodeFileSystem } from './nodeFileSystem';
import { readWorkspaceSettings, SETTINGS_FILE, SMALL_FILE_LIMIT } from './workspaceSettings';

export interface LoadedFolder {
  readonly folder: string;
  readonly settings: Settings;
  readonly index: NoteIndex;
  /** The notes folder inside `folder` ('' for all of it), as index keys are relative to `folder`. */
  readonly notesDir: string;
  /** The word list file's words (empty when there is none). */
  readonly wordList: readonly string[];
  /** Problems with the settings or the word list, as report rows. */
  readonly settingsProblems: ProblemJson[];
}

function requireFolder(folder: string): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(folder).isDirectory();
  } catch {
    throw new UsageError(`folder not found: ${folder}`);
  }
  if (!isDirectory) throw new UsageError(`not a folder: ${folder}`);
}

/**
 * The notes folder setting as a path inside `folder`: relative as written, or absolute when it lies
 * inside the folder, and still inside once symbolic links are followed (a link to `/` is never
 * walked); anything that leads out of the folder is reported and the whole folder used (whose walk
 * follows no folder link).
 */
function notesDirOf(folder: string, setting: string): { dir: string; problem?: string } {
  const contained = containedSettingPath(folder, 'notesFolder', setting, 'the folder');
  if (!contained.ok) return { dir: '', problem: `${contained.message}; looking in the whole folder` };
  return { dir: contained.relative };
}

export async function loadFolder(folder: string): Promise<LoadedFolder> {
  requireFolder(folder);
  const { settings, problems } = readWorkspaceSettings(folder);
  const settingsProblems: ProblemJson[] = problems.map((message) => ({ file: SETTINGS_FILE, message }));
  const notes = notesDirOf(folder, settings.notesFolder);
  if (notes.problem) settingsProblems.push({ file: SETTINGS_FILE, message: notes.problem });
  const fs = nodeFileSystem(folder);
  const cacheFile = cacheFileFor(folder, notes.dir);
  const cache = loadIndexCache(cacheFile);
  let index: NoteIndex;
  try {
    index = await buildIndex(fs, notes.dir, cache);
    saveIndexCache(cacheFile, cache);
  } catch (e) {
    if (notes.dir === '') throw new UsageError(`the folder cannot be read: ${(e as Error).message}`);
    settingsProblems.push({ file: SETTINGS_FILE, message: `interviewFollowUp.notesFolder "${settings.notesFolder}" cannot be read (${(e as Error).message}); no notes were read` });
    index = new NoteIndex();
  }
  return { folder, settings, index, notesDir: notes.dir, wordList: readWordList(folder, settings, settingsProblems), settingsProblems };
}

function readWordList(folder: string, settings: Settings, problems: ProblemJson[]): string[] {
  const contained = containedSettingPath(folder, 'wordListFile', settings.wordListFile, 'the folder');
  if (!contained.ok) {
    problems.push({ file: SETTINGS_FILE, message: `${contained.message}: its words are not known to the spelling check.` });
    return [];
  }
  const path = contained.path;
  try {
    lstatSync(path);
  } catch {
    return []; // no word list yet
  }
  try {
    return parseWordList(new TextDecoder('utf-8', { fatal: true }).decode(readRegularFile(path, SMALL_FILE_LIMIT, 'the word list')));
  } catch (e) {
    const why = e instanceof FileRefusal ? e.message : 'it is not UTF-8 text';
    problems.push({ file: settings.wordListFile, message: `The word list cannot be read (${why}); its words are not known to the spelling check.` });
    return [];
  }
}
