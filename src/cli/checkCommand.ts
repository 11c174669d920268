/**
 * `interview-followup check [path ...] [--today D] [--json]`: the editor's checks, for scripts and
 * pre-commit hooks. Each path is checked with the settings, word list and notes of the nearest
 * folder at or above it that has `.vscode/settings.json` (else the current folder), as `due` reads
 * its folder's. A file that cannot be read is a problem in the report, never a crash.
 */
import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { checkNote } from '../core/checks/checkNote';
import { spellingFixes } from '../core/checks/fixes';
import { knownWords } from '../core/checks/knownWords';
import { similarLetterPeers } from '../core/checks/letterChecks';
import type { Fix, NoteDiagnostic } from '../core/checks/types';
import { decodeNoteBytes } from '../core/notes/decode';
import { findMarkdownFiles, NOTE_READ_LIMIT, parseNoteBytes } from '../core/notes/loader';
import { compareText } from '../core/shared/text';
import { isMarkdownPath } from '../core/shared/paths';
import { scheduleContext } from '../core/schedule/schedule';
import type { Day, Problem, Severity } from '../core/shared/types';
import { loadSpellChecker } from '../node/dictionary';
import { UsageError } from './args';
import { loadFolder, type LoadedFolder } from './loadFolder';
import { nodeFileSystem, type NodeNoteFileSystem } from './nodeFileSystem';
import { renderTable } from './table';
import { hasSettingsFile, SAFE_FOLDERS_VARIABLE, SETTINGS_FILE, untrustedSettingsReason } from './workspaceSettings';

export interface DiagnosticJson {
  file: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  severity: Severity;
  code: string;
  message: string;
  fixes: { title: string; edits: { line: number; character: number; endLine: number; endCharacter: number; newText: string }[] }[];
}

export interface CheckReportJson {
  diagnostics: DiagnosticJson[];
}

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * The folder whose settings govern `path`: the nearest at or above it with .vscode/settings.json that
 * the user can trust (another user's or a world-writable folder is passed over, and said), else `cwd`
 * (or the path's own folder when it lies outside `cwd`).
 */
export function settingsRootOf(path: string, isFolder: boolean, cwd: string, warn: (message: string) => void): string {
  for (let dir = isFolder ? path : dirname(path); ; dir = dirname(dir)) {
    if (hasSettingsFile(dir)) {
      const untrusted = untrustedSettingsReason(dir);
      if (!untrusted) return dir;
      warn(`${toPosix(join(dir, SETTINGS_FILE))} is not used: ${untrusted}; to trust this folder, add it to ${SAFE_FOLDERS_VARIABLE}`);
    }
    if (dirname(dir) === dir) break;
  }
  const rel = relative(cwd, path);
  return rel.startsWith('..') || isAbsolute(rel) ? (isFolder ? path : dirname(path)) : cwd;
}

interface Target {
  readonly root: string;
  /** Root-relative, `/`-separated: a note, or a folder whose notes are all checked. */
  readonly path: string;
  readonly isFolder: boolean;
}

function targetsOf(paths: readonly string[], cwd: string, warn: (message: string) => void): Target[] {
  return (paths.length > 0 ? paths : ['.']).map((given) => {
    const absolute = resolve(cwd, given);
    let isFolder: boolean;
    try {
      isFolder = statSync(absolute).isDirectory();
    } catch {
      throw new UsageError(`no such file or folder: ${given}`);
    }
    const root = settingsRootOf(absolute, isFolder, cwd, warn);
    return { root, path: toPosix(relative(root, absolute)), isFolder };
  });
}

function fixJson(fix: Fix): DiagnosticJson['fixes'][number] {
  return {
    title: fix.title,
    edits: fix.kind === 'edit'
      ? fix.edits.map((e) => ({ line: e.range.start.line, character: e.range.start.character, endLine: e.range.end.line, endCharacter: e.range.end.character, newText: e.newText }))
      : [],
  };
}

const FIRST_LINE = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };

/** The checked part of a note: the same first NOTE_READ_LIMIT bytes the index reads. */
async function readText(fs: NodeNoteFileSystem, file: string): Promise<{ text: string; truncated: boolean } | { problems: readonly Problem[] }> {
  try {
    const { bytes, truncated } = await fs.readHead(file, NOTE_READ_LIMIT);
    const decoded = decodeNoteBytes(bytes, truncated);
    // Not text: reported as the index reports it (UTF-16 by name; nothing at all for a file that is no note).
    return decoded.ok ? { text: decoded.text, truncated } : { problems: parseNoteBytes(bytes, truncated).problems };
  } catch (e) {
    return { problems: [{ code: 'front-matter-invalid', severity: 'error', message: `The file cannot be read: ${(e as Error).message}.` }] };
  }
}

async function checkRoot(root: string, targets: readonly Target[], today: Day, cwd: string, warn: (message: string) => void): Promise<DiagnosticJson[]> {
  const loaded: LoadedFolder = await loadFolder(root);
  for (const problem of loaded.settingsProblems) warn(`${problem.file}: ${problem.message}`);
  const { index, settings } = loaded;
  const fs = nodeFileSystem(root);
  const files = new Set<string>();
  for (const target of targets) {
    if (!target.isFolder) {
      if (isMarkdownPath(target.path)) files.add(target.path);
      continue;
    }
    const found = await findMarkdownFiles(fs, target.path === '' ? '' : target.path);
    for (const file of found.files) files.add(file);
  }
  const texts = new Map<string, string>();
  const textOf = async (file: string) => {
    if (!texts.has(file)) {
      const read = await readText(fs, file);
      texts.set(file, 'text' in read ? read.text : '');
    }
    return texts.get(file)!;
  };
  // Notes named on the command line outside the notes folder are checked against it too.
  for (const file of files) {
    if (index.get(file)) continue;
    const { bytes, truncated } = await fs.readHead(file, NOTE_READ_LIMIT).catch(() => ({ bytes: new Uint8Array(), truncated: false }));
    index.set(file, parseNoteBytes(bytes, truncated));
  }
  const known = knownWords(index, settings, loaded.wordList);
  const speller = files.size > 0 ? loadSpellChecker(__dirname, settings.englishVariant) : undefined;
  const context = scheduleContext(today, settings);
  const shown = (file: string) => {
    const rel = toPosix(relative(cwd, resolve(root, file)));
    return rel.startsWith('..') ? toPosix(resolve(root, file)) : rel;
  };

  const diagnostics: DiagnosticJson[] = [];
  for (const file of [...files].sort(compareText)) {
    const read = await readText(fs, file);
    let found: NoteDiagnostic[];
    if ('problems' in read) {
      found = read.problems.map((p) => ({ code: p.code, severity: p.severity, message: p.message, range: p.range ?? FIRST_LINE, fixes: [] }));
    } else {
      texts.set(file, read.text);
      const letterTexts = new Map<string, string>();
      for (const sibling of similarLetterPeers(index, file)) letterTexts.set(sibling.file, await textOf(sibling.file));
      found = checkNote({ file, text: read.text, truncated: read.truncated, index, context, knownWords: known, speller, letterTexts });
    }
    for (const d of found) {
      const fixes = speller ? spellingFixes(d, speller, known) : d.fixes;
      diagnostics.push({
        file: shown(file),
        line: d.range.start.line,
        character: d.range.start.character,
        endLine: d.range.end.line,
        endCharacter: d.range.end.character,
        severity: d.severity,
        code: d.code,
        message: d.message,
        fixes: fixes.map(fixJson),
      });
    }
  }
  return diagnostics;
}

/** @param warn told what was not used (settings that cannot be trusted or read, a word list outside the folder). */
export async function checkReport(paths: readonly string[], today: Day, cwd = process.cwd(), warn: (message: string) => void = () => undefined): Promise<CheckReportJson> {
  const byRoot = new Map<string, Target[]>();
  for (const target of targetsOf(paths, cwd, warn)) byRoot.set(target.root, [...(byRoot.get(target.root) ?? []), target]);
  const diagnostics: DiagnosticJson[] = [];
  for (const [root, targets] of [...byRoot].sort((a, b) => compareText(a[0], b[0]))) diagnostics.push(...(await checkRoot(root, targets, today, cwd, warn)));
  return { diagnostics };
}

export function formatCheckReport(report: CheckReportJson): string {
  if (report.diagnostics.length === 0) return 'No problems found.\n';
  const rows = report.diagnostics.map((d) => [`${d.file}:${d.line + 1}:${d.character + 1}`, d.severity, d.code, d.message]);
  const counts = (['error', 'warning', 'information', 'hint'] as const)
    .map((s) => [s, report.diagnostics.filter((d) => d.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}${n === 1 || s === 'information' ? '' : 's'}`);
  return `${renderTable(['WHERE', 'SEVERITY', 'CODE', 'MESSAGE'], rows)}\n\n${counts.join(', ')}\n`;
}

/**
 * The folder a note belongs to (as `check` finds it), loaded, with the note in its index even when it
 * lies outside the notes folder: what the writing verbs ask the schedule about.
 */
export async function folderOfNote(path: string, warn: (message: string) => void, cwd = process.cwd()): Promise<{ loaded: LoadedFolder; key: string }> {
  const [target] = targetsOf([path], cwd, warn);
  const loaded = await loadFolder(target.root);
  if (!loaded.index.get(target.path)) {
    const fs = nodeFileSystem(target.root);
    const { bytes, truncated } = await fs.readHead(target.path, NOTE_READ_LIMIT).catch(() => ({ bytes: new Uint8Array(), truncated: false }));
    loaded.index.set(target.path, parseNoteBytes(bytes, truncated));
  }
  return { loaded, key: target.path };
}
