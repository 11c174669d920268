/** `interview-followup check [path ...] [--today YYYY-MM-DD] [--json]`: the editor's checks, for scripts and pre-commit hooks. */
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkNote, MAX_CHECKED_CHARS } from '../core/checks/checkNote';
import { spellingFixes } from '../core/checks/fixes';
import { knownWords, parseWordList } from '../core/checks/knownWords';
import type { Fix, NoteDiagnostic } from '../core/checks/types';
import { decodeNoteBytes } from '../core/decode';
import { findMarkdownFiles } from '../core/loader';
import { isMarkdownPath } from '../core/paths';
import { scheduleContext } from '../core/schedule';
import type { Day, Severity } from '../core/types';
import { loadSpellChecker } from '../node/dictionary';
import { readHeadSync } from '../node/readHead';
import { UsageError } from './args';
import { loadFolder } from './loadFolder';
import { nodeFileSystem } from './nodeFileSystem';
import { renderTable } from './table';

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

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** The notes to check: the given files and folders (relative to `root`), or every note. */
async function filesToCheck(root: string, paths: readonly string[], allNotes: () => string[]): Promise<string[]> {
  if (paths.length === 0) return allNotes();
  const out = new Set<string>();
  for (const path of paths) {
    const rel = toPosix(relative(root, resolve(root, path)));
    if (rel.startsWith('..')) throw new UsageError(`${path} is outside the current folder; run check from the notes folder`);
    let stat;
    try {
      stat = statSync(join(root, rel));
    } catch {
      throw new UsageError(`no such file or folder: ${path}`);
    }
    if (stat.isDirectory()) for (const f of await findMarkdownFiles(nodeFileSystem(root), rel === '' ? '' : rel)) out.add(f);
    else if (isMarkdownPath(rel)) out.add(rel);
  }
  return [...out].sort();
}

/** The checked part of a file: never more than the checks look at, however large the file. */
function readText(root: string, file: string): string | undefined {
  const { bytes, truncated } = readHeadSync(join(root, file), MAX_CHECKED_CHARS * 4);
  const decoded = decodeNoteBytes(bytes, truncated);
  return decoded.ok ? decoded.text : undefined;
}

function fixJson(fix: Fix): DiagnosticJson['fixes'][number] {
  return {
    title: fix.title,
    edits: fix.kind === 'edit'
      ? fix.edits.map((e) => ({ line: e.range.start.line, character: e.range.start.character, endLine: e.range.end.line, endCharacter: e.range.end.character, newText: e.newText }))
      : [],
  };
}

export async function checkReport(paths: readonly string[], today: Day, root = process.cwd()): Promise<CheckReportJson> {
  const loaded = await loadFolder(root);
  const { index, settings } = loaded;
  const files = await filesToCheck(root, paths, () => index.files());
  let wordList: string[] = [];
  try {
    wordList = parseWordList(readFileSync(join(root, settings.wordListFile), 'utf8'));
  } catch {
    // no word list yet
  }
  const known = knownWords(index, settings, wordList);
  const speller = loadSpellChecker(__dirname, settings.englishVariant);
  const context = scheduleContext(today, settings);
  const texts = new Map<string, string>();
  const textOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, readText(root, file) ?? '');
    return texts.get(file)!;
  };

  const diagnostics: DiagnosticJson[] = [];
  for (const file of files) {
    const parsed = index.get(file);
    let found: NoteDiagnostic[];
    const text = readText(root, file);
    if (text === undefined) {
      // Not UTF-8 or binary: the index already says why, at the first line.
      found = (parsed?.problems ?? []).map((p) => ({ ...p, range: p.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, fixes: [] }));
    } else {
      const letterTexts = new Map<string, string>();
      if (parsed?.model?.type === 'thank-you') {
        const interviewFile = index.letters().find((l) => l.file === file)?.interviewFile;
        for (const sibling of interviewFile ? index.lettersFor(interviewFile) : []) if (sibling.file !== file) letterTexts.set(sibling.file, textOf(sibling.file));
      }
      found = checkNote({ file, text, index, context, knownWords: known, speller, letterTexts });
    }
    for (const d of found) {
      const fixes = speller ? spellingFixes(d, speller, known) : d.fixes;
      diagnostics.push({
        file,
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
