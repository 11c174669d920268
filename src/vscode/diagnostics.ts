/**
 * Publishes the core's checks for open Markdown documents: debounced while typing, again when
 * other notes change (names, links), cleared on close. The dictionary loads once, lazily, after
 * the first check; until then everything but spelling is shown.
 */
import * as vscode from 'vscode';
import { checkNote } from '../core/checks/checkNote';
import { knownWords, parseWordList, type KnownWords } from '../core/checks/knownWords';
import { similarLetterPeers } from '../core/checks/letterChecks';
import type { NoteDiagnostic } from '../core/checks/types';
import { scheduleContext } from '../core/schedule/schedule';
import type { SpellChecker } from '../core/letters/spelling';
import { decodeNoteBytes } from '../core/notes/decode';
import { NOTE_READ_LIMIT } from '../core/notes/loader';
import { SMALL_FILE_LIMIT } from '../core/shared/settingPaths';
import type { NotesWorkspace } from './notesWorkspace';
import { containedUri, containedUriSync, tellRefusedSetting, type ContainedUri } from './settingPaths';
import { loadSpellChecker } from './wordLists';
import { readFileSafely, workspaceFileSystem } from './workspaceFileSystem';

const TYPING_DEBOUNCE_MS = 300;
export const DIAGNOSTIC_SOURCE = 'Interview Follow-Up';

const SEVERITIES: Record<NoteDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toRange(r: NoteDiagnostic['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export class NoteDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('interviewFollowUp');
  private readonly results = new Map<string, NoteDiagnostic[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  private speller: SpellChecker | undefined;
  private spellerLoading = false;
  /** Rebuilt only when the notes' names and terms, the settings or the word list change, so the speller's verdicts stay cached while typing. */
  private known: { words: KnownWords; vocabulary: number; settings: NotesWorkspace['settings'] } | undefined;
  private wordList: string[] = [];
  private readonly readmeLines: Map<string, number>;
  private readme: vscode.Uri;

  constructor(private readonly notes: NotesWorkspace, private readonly extensionUri: vscode.Uri) {
    this.readme = vscode.Uri.joinPath(extensionUri, 'README.md');
    this.readmeLines = new Map();
    void this.loadReadme();
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((doc) => this.schedule(doc, 0)),
      // A note the index follows is checked when the index has its new text (notes.onDidChange), once.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!notes.followsTyping(e.document.uri)) this.schedule(e.document, TYPING_DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      notes.onDidChange(() => {
        if (this.speller && this.speller.variant !== notes.settings.englishVariant) [this.speller, this.spellerLoading] = [undefined, false];
        this.checkAllOpen();
      }),
      // Another word list file, or the workspace's own setting now that it is trusted.
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('interviewFollowUp.wordListFile')) setTimeout(() => void this.reloadWordList().then(() => this.checkAllOpen()), 0);
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.reloadWordList().then(() => this.checkAllOpen())),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (this.isWordList(doc.uri)) void this.reloadWordList().then(() => this.checkAllOpen());
      }),
    );
    void this.reloadWordList().then(() => this.checkAllOpen());
  }

  /** The diagnostics last published for a document, as the core made them (for code actions). */
  resultsFor(uri: vscode.Uri): readonly NoteDiagnostic[] {
    return this.results.get(uri.toString()) ?? [];
  }

  spellChecker(): SpellChecker | undefined {
    return this.speller;
  }

  knownWords(): KnownWords {
    const { index, settings } = this.notes;
    if (this.known?.vocabulary !== index.vocabularyVersion || this.known.settings !== settings) {
      this.known = { words: knownWords(index, settings, this.wordList), vocabulary: index.vocabularyVersion, settings };
    }
    return this.known.words;
  }

  async reloadWordList(): Promise<void> {
    this.wordList = [];
    this.known = undefined;
    const target = await this.wordListTarget();
    if (!target?.ok) {
      if (target) tellRefusedSetting(target.message, 'its words are not known to the spelling check');
      return;
    }
    try {
      await vscode.workspace.fs.stat(target.uri);
    } catch {
      return; // no word list yet
    }
    try {
      this.wordList = parseWordList(new TextDecoder('utf-8', { fatal: true }).decode(await readFileSafely(target.uri, SMALL_FILE_LIMIT, 'the word list')));
    } catch (e) {
      const why = e instanceof TypeError ? 'it is not UTF-8 text' : e instanceof Error ? e.message : String(e);
      tellRefusedSetting(`The word list ${vscode.workspace.asRelativePath(target.uri)} cannot be read (${why})`, 'its words are not known to the spelling check');
    }
    this.known = undefined;
  }

  /** The word list file, if the setting keeps it inside the (first) workspace folder, links included; undefined with no folder open. */
  async wordListTarget(): Promise<ContainedUri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? containedUri(folder.uri, 'wordListFile', this.notes.settings.wordListFile) : undefined;
  }

  /** Where the word list is, as the setting writes it (only compared with saved documents: reading and writing go through wordListTarget). */
  private wordListUri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    const contained = containedUriSync(folder.uri, 'wordListFile', this.notes.settings.wordListFile);
    return contained.ok ? contained.uri : undefined;
  }

  checkAllOpen(): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 50);
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.disposables.forEach((d) => d.dispose());
  }

  private isWordList(uri: vscode.Uri): boolean {
    return this.wordListUri()?.toString() === uri.toString();
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    if (doc.languageId !== 'markdown' || doc.uri.scheme === 'git') return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!doc.isClosed) void this.check(doc);
    }, delay));
  }

  private forget(uri: vscode.Uri): void {
    clearTimeout(this.timers.get(uri.toString()));
    this.results.delete(uri.toString());
    this.collection.delete(uri);
  }

  private async check(doc: vscode.TextDocument): Promise<void> {
    const version = doc.version;
    const found = await this.compute(doc);
    if (!found || doc.isClosed || doc.version !== version) return; // a newer check is on its way
    this.results.set(doc.uri.toString(), found);
    this.collection.set(doc.uri, found.map((d) => this.toDiagnostic(d)));
    const file = this.notes.keyOf(doc.uri);
    if (!this.speller && file !== undefined && this.notes.index.get(file)?.model) this.loadSpellerSoon();
  }

  /** The core's findings for a note as its text is now, open in an editor or not (e.g. before it is marked as sent). */
  async findingsFor(uri: vscode.Uri): Promise<readonly NoteDiagnostic[]> {
    return (await this.compute(await vscode.workspace.openTextDocument(uri))) ?? [];
  }

  /** Runs the core's checks on a document's current text; undefined when it is not a note of the workspace. */
  private async compute(doc: vscode.TextDocument): Promise<NoteDiagnostic[] | undefined> {
    await this.notes.whenLoaded();
    const file = this.notes.keyOf(doc.uri);
    if (file === undefined) return undefined;
    const text = doc.getText();
    const letterTexts = await this.letterTexts(file);
    return checkNote({
      file,
      text,
      index: this.notes.index,
      context: scheduleContext(this.notes.today(), this.notes.settings),
      knownWords: this.knownWords(),
      speller: this.speller,
      letterTexts,
    });
  }

  private async letterTexts(file: string): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const sibling of similarLetterPeers(this.notes.index, file)) {
      const uri = this.notes.uriOf(sibling.file);
      if (!uri) continue;
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      try {
        // As the CLI: the first NOTE_READ_LIMIT bytes of a regular file (a pipe or a device named like a letter is left out).
        out.set(sibling.file, open ? open.getText() : await this.readLetterHead(uri));
      } catch {
        // gone meanwhile, or not a file
      }
    }
    return out;
  }

  private async readLetterHead(uri: vscode.Uri): Promise<string> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) throw new Error('outside the workspace');
    const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    const { bytes, truncated } = await workspaceFileSystem(folder.uri).readHead(relative, NOTE_READ_LIMIT);
    const decoded = decodeNoteBytes(bytes, truncated);
    if (!decoded.ok) throw new Error(decoded.message);
    return decoded.text;
  }

  /** Builds the spell checker off the typing path (its word lists read from the extension's own files), then re-checks what is open. */
  private loadSpellerSoon(): void {
    if (this.spellerLoading) return;
    this.spellerLoading = true;
    const variant = this.notes.settings.englishVariant;
    setTimeout(() => {
      loadSpellChecker(this.extensionUri, variant).then(
        (speller) => {
          // The variant changed meanwhile: the next check asks for the new one.
          if (variant !== this.notes.settings.englishVariant) {
            this.spellerLoading = false;
            return;
          }
          this.speller = speller;
          this.checkAllOpen();
        },
        (e) => console.error('Interview Follow-Up: the spelling dictionary could not be loaded', e),
      );
    }, 200);
  }

  private toDiagnostic(d: NoteDiagnostic): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toRange(d.range), d.message, SEVERITIES[d.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: d.code, target: this.docsLink(d.code) };
    return diagnostic;
  }

  /** The README's line explaining a code (the README ships in the extension; a .vsix names it readme.md). */
  private docsLink(code: string): vscode.Uri {
    const line = this.readmeLines.get(code);
    return line ? this.readme.with({ fragment: `L${line}` }) : this.readme;
  }

  private async loadReadme(): Promise<void> {
    for (const name of ['README.md', 'readme.md']) {
      const uri = vscode.Uri.joinPath(this.extensionUri, name);
      try {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        this.readme = uri;
        text.split('\n').forEach((line, i) => {
          const m = /^\| `([a-z-]+)` \|/.exec(line);
          if (m && !this.readmeLines.has(m[1])) this.readmeLines.set(m[1], i + 1);
        });
        return;
      } catch {
        // try the other spelling
      }
    }
  }
}
