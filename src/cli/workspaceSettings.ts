/** Reads `interviewFollowUp.*` settings from a folder's `.vscode/settings.json` (JSON with comments), as VS Code would. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { resolveSettings, type SettingsResult } from '../core/settings';

export const SETTINGS_FILE = '.vscode/settings.json';

export function readWorkspaceSettings(folder: string): SettingsResult {
  const path = join(folder, SETTINGS_FILE);
  if (!existsSync(path)) return resolveSettings({});
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { ...resolveSettings({}), problems: [`${SETTINGS_FILE} cannot be read (${(e as Error).message}); using the default settings`] };
  }
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const result = resolveSettings(raw);
  if (errors.length > 0) {
    return { ...result, problems: [`${SETTINGS_FILE} is not valid JSON (${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}); some settings may be ignored`, ...result.problems] };
  }
  return result;
}
