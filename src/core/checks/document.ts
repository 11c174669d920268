/** The document being checked, and the helpers every check uses to report diagnostics and fixes. */
import { planNoteCommand, type NoteCommand } from '../edits/noteCommands';
import type { ParsedNote } from '../notes/note';
import type { ScheduleContext } from '../schedule/schedule';
import type { SpellChecker } from '../letters/spelling';
import { TextLines } from '../shared/textLines';
import type { Day, Problem, Range } from '../shared/types';
import type { NoteIndex } from '../notes/noteIndex';
import { readProse, type Prose } from '../letters/prose';
import type { KnownWords } from './knownWords';
import type { Fix, NoteDiagnostic, TextEdit } from './types';

export interface CheckInput {
  /** The document's key in the index. */
  readonly file: string;
  /** The document's text, without a BOM. */
  readonly text: string;
  /** `text` is only the head of the file (the CLI reads no more than NOTE_READ_LIMIT bytes). */
  readonly truncated?: boolean;
  readonly index: NoteIndex;
  readonly context: ScheduleContext;
  readonly knownWords: KnownWords;
  /** Absent until the dictionary is loaded: no spelling diagnostics yet. */
  readonly speller?: SpellChecker;
  /** Texts of the other letters, by file, for `similar-letters` (those of the same interview are used). */
  readonly letterTexts?: ReadonlyMap<string, string>;
}

/** Characters of front-matter the quick fixes of one document may re-read to plan and verify their edits. */
export const COMMAND_FIX_BUDGET = 256 * 1024;

export const FIRST_LINE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };

export class CheckedDocument {
  readonly diagnostics: NoteDiagnostic[] = [];
  readonly lines: TextLines;
  /** Offsets of words another check already explained (a misspelt name is not also a spelling error). */
  readonly claimed = new Set<number>();
  private proseCache: Prose | undefined;
  private commandFixes = 0;

  constructor(readonly input: CheckInput, readonly parsed: ParsedNote) {
    this.lines = new TextLines(input.text);
  }

  /** The body's prose as a Markdown parser sees it, read once per check. */
  get prose(): Prose {
    this.proseCache ??= readProse(this.input.text, this.parsed.frontMatter?.bodyOffset ?? 0);
    return this.proseCache;
  }

  get today(): Day {
    return this.input.context.today;
  }

  add(d: Omit<NoteDiagnostic, 'fixes'> & { fixes?: readonly Fix[] }): void {
    this.diagnostics.push({ fixes: [], ...d });
  }

  /** A fix that runs a writing command (the same edit as the command's), planned and verified against this text. */
  commandFix(title: string, command: NoteCommand, preferred = true): Fix[] {
    // Each plan re-reads the edited front-matter to verify it: the fixes of one document re-read at
    // most COMMAND_FIX_BUDGET characters in all (at least 3 fixes); a note with a thousand overdue
    // interviewers gets fixes for the first few, the commands themselves do the rest.
    const size = Math.max(1, this.parsed.frontMatter?.bodyOffset ?? this.input.text.length);
    if (this.commandFixes >= Math.max(3, Math.floor(COMMAND_FIX_BUDGET / size))) return [];
    this.commandFixes++;
    const plan = planNoteCommand(this.input.text, command, {}, this.parsed);
    if (!plan.ok) return [];
    const edits: TextEdit[] = plan.changes.map((c) => ({ range: this.lines.rangeAt(c.start, c.end), newText: c.text }));
    return [{ kind: 'edit', title, edits, preferred, records: plan.summary }];
  }

  replaceFix(title: string, range: Range, newText: string, preferred = true): Fix {
    return { kind: 'edit', title, edits: [{ range, newText }], preferred };
  }

  /** Inserts `key: ` before the closing fence, for the user to fill in. */
  insertKeyFix(key: string): Fix[] {
    const fm = this.parsed.frontMatter;
    if (!fm) return [];
    const eol = this.input.text.includes('\r\n') ? '\r\n' : '\n';
    const at = { line: fm.closingLine, character: 0 };
    return [{ kind: 'edit', title: `Add "${key}:"`, edits: [{ range: { start: at, end: at }, newText: `${key}: ${eol}` }], preferred: true }];
  }

  /** The problems found while reading the note, with their fixes. */
  addProblems(problems: readonly Problem[]): void {
    for (const p of problems) {
      const range = p.range ?? FIRST_LINE;
      let fixes: Fix[] = [];
      if (p.code === 'field-missing' && p.field) fixes = this.insertKeyFix(p.field);
      else if (p.code === 'field-invalid' && p.suggestion !== undefined) fixes = [this.replaceFix(`Change to "${p.suggestion}"`, range, p.suggestion)];
      this.add({ code: p.code, severity: p.severity, message: p.message, range, fixes });
    }
  }

  lineLength(line: number): number {
    const start = this.lines.offsetAt({ line, character: 0 });
    const end = this.input.text.indexOf('\n', start);
    return (end === -1 ? this.input.text.length : end) - start - (this.input.text[end - 1] === '\r' ? 1 : 0);
  }

  claim(start: number, length: number): void {
    for (let i = start; i < start + length; i++) this.claimed.add(i);
  }

  isDictionaryWord(word: string): boolean {
    return this.input.speller?.isWord(word) ?? false;
  }

  /** A common English word as written or in lower case ("Will", "Mark"): no evidence of a misspelt name. */
  isFrequentWord(word: string): boolean {
    const frequent = this.input.speller?.lexicon.frequent;
    return !!frequent && (frequent.has(word) || frequent.has(word.toLowerCase()));
  }
}
