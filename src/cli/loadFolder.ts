/** Loads a folder for the CLI: its settings and the index of the notes under its notes folder. */
import { statSync } from 'node:fs';
import { buildIndex } from '../core/loader';
import type { NoteIndex } from '../core/noteIndex';
import { joinRelative } from '../core/paths';
import type { Settings } from '../core/settings';
import type { ProblemJson } from '../core/report';
import { UsageError } from './args';
import { nodeFileSystem } from './nodeFileSystem';
import { readWorkspaceSettings, SETTINGS_FILE } from './workspaceSettings';

export interface LoadedFolder {
  readonly folder: string;
  readonly settings: Settings;
  readonly index: NoteIndex;
  /** Problems with the settings file, as report rows. */
  readonly settingsProblems: ProblemJson[];
}

export async function loadFolder(folder: string): Promise<LoadedFolder> {
  let isDirectory = false;
  try {
    isDirectory = statSync(folder).isDirectory();
  } catch {
    throw new UsageError(`folder not found: ${folder}`);
  }
  if (!isDirectory) throw new UsageError(`not a folder: ${folder}`);
  const { settings, problems } = readWorkspaceSettings(folder);
  const settingsProblems = problems.map((message) => ({ file: SETTINGS_FILE, message }));
  let notesDir = joinRelative('', settings.notesFolder.trim());
  if (notesDir === undefined) {
    settingsProblems.push({ file: SETTINGS_FILE, message: `interviewFollowUp.notesFolder "${settings.notesFolder}" is outside the folder; looking in the whole folder` });
    notesDir = '';
  }
  const index = await buildIndex(nodeFileSystem(folder), notesDir);
  return { folder, settings, index, settingsProblems };
}
