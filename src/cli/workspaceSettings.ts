/** Reads `interviewFollowUp.*` settings from a folder's `.vscode/settings.json` (JSON with comments), as VS Code would. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { resolveSettings, type SettingsResult } from '../core/shared/settings';
import { FileRefusal, readRegularFile } from '../node/safeFiles';

export const SETTINGS_FILE = '.vscode/settings.json';
/** Settings and word lists are small; a bigger file is refused rather than read. */
export const SMALL_FILE_LIMIT = 1024 * 1024;

export function hasSettingsFile(folder: string): boolean {
  try {
    statSync(join(folder, SETTINGS_FILE));
    return true;
  } catch {
    return false;
  }
}

export function readWorkspaceSettings(folder: string): SettingsResult {
  if (!hasSettingsFile(folder)) return resolveSettings({});
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readRegularFile(join(folder, SETTINGS_FILE), SMALL_FILE_LIMIT, SETTINGS_FILE));
  } catch (e) {
    const why = e instanceof FileRefusal ? e.message : e instanceof TypeError ? 'it is not UTF-8 text' : String(e);
    return { ...resolveSettings({}), problems: [`${SETTINGS_FILE} cannot be read (${why}); using the default settings`] };
  }
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const result = resolveSettings(raw);
  if (errors.length > 0) {
    return { ...result, problems: [`${SETTINGS_FILE} is not valid JSON (${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}); some settings may be ignored`, ...result.problems] };
  }
  return result;
}
