/**
 * The index of the workspace's notes, kept current: files on disk through a watcher, open
 * documents as the user types (debounced), settings as they change. Everything else reads it.
 */
import * as vscode from 'vscode';
import { dayOfDate, parseDay } from '../core/shared/days';
import { CACHE_FOLDER_CAP_BYTES, IndexCache } from '../core/notes/indexCache';
import { findMarkdownFiles, isSkippedFolder, readNote, skippedNote, type FoundFiles } from '../core/notes/loader';
import { parseNote, type ParsedNote } from '../core/notes/note';
import { NoteIndex } from '../core/notes/noteIndex';
import { isMarkdownPath } from '../core/shared/paths';
import { PATH_SETTINGS } from '../core/shared/settingPaths';
import { computeSchedule, scheduleContext, actionsForFile } from '../core/schedule/schedule';
import { restoreSchedule, saveSchedule } from '../core/schedule/savedSchedule';
import { DEFAULT_SETTINGS, resolveSettings, SETTINGS_SECTION, type Settings } from '../core/shared/settings';
import { shortHash } from '../core/shared/text';
import type { Day, DueAction } from '../core/shared/types';
import { diskAccess } from './diskAccess';
import { environmentVariable } from './hostEnvironment';
import { containedUri, containedUriSync, tellRefusedSetting } from './settingPaths';
import { readFileSafely, workspaceFileSystem } from './workspaceFileSystem';

const TYPING_DEBOUNCE_MS = 300;
const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS);

export function readSettings(scope?: vscode.Uri): { settings: Settings; problems: readonly string[] } {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const raw: Record<string, unknown> = {};
  // In a workspace not trusted, the path settings come from the user's own settings only (package.json restricts them).
  const restricted = !vscode.workspace.isTrusted;
  for (const key of SETTING_KEYS) {
    const inspected = config.inspect(key);
    const value = restricted && (PATH_SETTINGS as readonly string[]).includes(key)
      ? inspected?.globalValue
      : inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (value !== undefined) raw[key] = value;
  }
  return resolveSettings({ [SETTINGS_SECTION]: raw });
}


async function loadCache(uri: vscode.Uri | undefined): Promise<IndexCache> {
  if (!uri) return IndexCache.empty();
  try {
    // On disk (the Node host): only a private file of this user's is trusted (see node/indexCacheFile).
    const disk = diskAccess();
    return IndexCache.decode(uri.scheme === 'file' && disk ? disk.readCacheFile(uri.fsPath) : await readFileSafely(uri, CACHE_FOLDER_CAP_BYTES, 'the index cache'));
  } catch {
    return IndexCache.empty(); // none yet, or unreadable: read the notes
  }
}

async function saveCache(uri: vscode.Uri, cache: IndexCache): Promise<void> {
  try {
    const bytes = cache.encode(Date.now());
    const disk = diskAccess();
    if (uri.scheme === 'file' && disk) {
      disk.writeCacheFile(uri.fsPath, bytes); // 0600 in a 0700 folder, the folder kept under its size cap
    } else {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await vscode.workspace.fs.writeFile(uri, bytes);
    }
  } catch {
    // Only a shortcut for the next window: without it the notes are read again.
  }
}

/** A turn of the event loop, so requests from the window (the view's rows) are answered meanwhile. */
function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class NotesWorkspace implements vscode.Disposable {
  readonly index = new NoteIndex();
  private readonly uris = new Map<string, vscode.Uri>();
  /** Whether notes were filed from the saved state, whose URIs are made when first asked for (uriOf). */
  private lazyUris = false;
  private readonly pendingTyping = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private midnightTimer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<void> | undefined;
  private shown: Promise<void> | undefined;
  private cachedSchedule: { today: Day; actions: DueAction[] } | undefined;
  /** Per workspace folder: keyOf runs on every keystroke, reading settings does not need to. */
  private readonly notesDirs = new Map<string, string | undefined>();
  settings: Settings;

  /** Fires (coalesced) after the index, the settings or the day changed. */
  readonly onDidChange = this.changed.event;

  /** @param cacheFolder where the index cache of each workspace folder is kept (the extension's workspace storage). */
  constructor(private readonly cacheFolder?: vscode.Uri) {
    this.settings = readSettings().settings;
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,MD}');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.refreshFromDisk(uri)),
      watcher.onDidChange((uri) => this.refreshFromDisk(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
      // Deleting or renaming a folder reports only the folder.
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.forget(uri))),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) {
          this.forget(oldUri);
          void this.rescanUnder(newUri);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.scheduleTyping(e.document);
        // Reverted: no content event may come, only the dirty flag drops.
        else if (!e.document.isDirty) void this.refreshFromDisk(e.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.refreshFromDisk(doc.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SETTINGS_SECTION)) return;
        const notesFolderChanged = e.affectsConfiguration(`${SETTINGS_SECTION}.notesFolder`);
        this.settings = readSettings().settings;
        this.notesDirs.clear();
        if (notesFolderChanged) void this.reload();
        else this.fireChanged();
      }),
      // Trusted now: the workspace's own path settings apply.
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        this.notesDirs.clear();
        void this.reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.notesDirs.clear();
        void this.reload();
      }),
      this.changed,
    );
    this.armMidnightTimer();
  }

  /**
   * Scans every workspace folder (again), with progress in the view. What the last window saved is
   * shown first — every note of the cache, before any file is looked at, as editors show a file tree
   * from a saved state — then each file is checked (a `stat`, a read when it changed), notes that
   * are gone are dropped, and the view is corrected if anything differed.
   */
  reload(): Promise<void> {
    let markShown!: () => void;
    this.shown = new Promise<void>((resolve) => (markShown = resolve));
    const loading = Promise.resolve(vscode.window.withProgress(
      { location: { viewId: 'interviewFollowUp.due' }, title: 'Reading interview notes' },
      async () => {
        try {
          this.settings = readSettings().settings;
          this.index.clear();
          this.uris.clear();
          this.lazyUris = false;
          const folders: { folder: vscode.WorkspaceFolder; notesDir: string; cacheUri?: vscode.Uri; cache: IndexCache }[] = [];
          for (const folder of vscode.workspace.workspaceFolders ?? []) {
            const notesDir = this.notesDir(folder);
            if (notesDir === undefined) continue;
            // On a remote or virtual file system links are only known by asking: a notes folder reached through one is not read.
            if (notesDir && (folder.uri.scheme !== 'file' || !diskAccess())) {
              const contained = await containedUri(folder.uri, 'notesFolder', notesDir);
              if (!contained.ok) {
                tellRefusedSetting(contained.message, `no notes are read in ${folder.name}`);
                continue;
              }
            }
            const cacheUri = this.cacheUriOf(folder, notesDir);
            folders.push({ folder, notesDir, cacheUri, cache: await loadCache(cacheUri) });
          }
          // 1. The saved state, at once (nothing is read or checked yet): filed in one pass, each note's URI made when asked for.
          const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
          for (const { folder, cache } of folders) {
            const prefix = multiRoot ? `${folder.name}/` : '';
            const entries: [string, ParsedNote][] = [];
            for (const [file, parsed] of cache.stored()) entries.push([prefix + file, parsed]);
            this.index.fill(entries);
            this.lazyUris ||= entries.length > 0;
          }
          const dirtyKeys = new Set<string>();
          if (this.index.size > 0) {
            const dirty = vscode.workspace.textDocuments.filter((doc) => doc.isDirty);
            for (const doc of dirty) {
              this.readDocument(doc);
              const key = this.keyOf(doc.uri);
              if (key !== undefined) dirtyKeys.add(key);
            }
            this.fireChanged(0);
            // The tree as the last window left it, when it is still today's with the same settings and nothing unsaved differs.
            const today = this.today();
            const saved = folders.length === 1 && dirty.length === 0 ? restoreSchedule(folders[0].cache.savedView, today, this.settings) : undefined;
            if (saved) this.cachedSchedule = { today, actions: saved };
            markShown();
            await yieldToHost(); // lets the view ask for its rows before the check starts
          }
          // 2. Every file checked against it: unchanged notes stay as shown, the rest is read again.
          const seen = new Set<string>();
          for (const { folder, notesDir, cache } of folders) {
            const fs = workspaceFileSystem(folder.uri);
            let found: FoundFiles;
            try {
              found = await findMarkdownFiles(fs, notesDir);
            } catch {
              continue; // the notes folder does not exist (yet)
            }
            for (const [n, file] of found.files.entries()) {
              if (n % 500 === 499) await yieldToHost(); // the view stays responsive while thousands of files are checked
              const uri = vscode.Uri.joinPath(folder.uri, file);
              const key = this.keyOf(uri);
              if (key !== undefined) seen.add(key);
              const hits = cache.hitCount;
              const parsed = await readNote(fs, file, cache);
              // A cache hit is the very entry shown in step 1 (unless an unsaved editor showed its own text there).
              if (cache.hitCount === hits || key === undefined || dirtyKeys.has(key) || !this.index.get(key)) this.store(uri, parsed);
            }
            for (const skipped of found.skipped) {
              const uri = vscode.Uri.joinPath(folder.uri, skipped.path);
              const key = this.keyOf(uri);
              if (key !== undefined) seen.add(key);
              this.store(uri, skippedNote(skipped));
            }
          }
          for (const key of this.index.files()) {
            if (seen.has(key)) continue;
            this.index.delete(key);
            this.uris.delete(key);
            this.fireChanged();
          }
          this.makeUris(); // the saved state checked: every URI made
          for (const { cacheUri, cache } of folders) {
            if (!cacheUri) continue;
            // What this window shows from the notes on disk (before unsaved edits are applied below), for the next one.
            if (folders.length === 1) cache.savedView = saveSchedule(this.schedule(), this.today(), this.settings);
            if (cache.changed) void saveCache(cacheUri, cache);
          }
          for (const doc of vscode.workspace.textDocuments) if (doc.isDirty) this.readDocument(doc);
          if (seen.size === 0) this.fireChanged(); // the view hears of a load that found nothing, too
        } finally {
          markShown();
        }
      },
    ));
    this.loading = loading;
    return loading;
  }

  whenLoaded(): Promise<void> {
    return this.loading ?? this.reload();
  }

  /**
   * Resolves as soon as there is something to show: the saved state of the last window, or (the
   * first time, with no cache) the loaded notes. The tree waits for this; commands and checks wait
   * for whenLoaded.
   */
  whenShown(): Promise<void> {
    if (!this.loading) void this.reload();
    return this.shown!;
  }

  /** Today's day; INTERVIEW_FOLLOWUP_TODAY=YYYY-MM-DD in the Node host's environment pins it (demos of the sample journal, tests). */
  today(): Day {
    const pinned = environmentVariable('INTERVIEW_FOLLOWUP_TODAY');
    return (pinned && parseDay(pinned)) || dayOfDate(new Date());
  }

  /** The open actions for today, recomputed only after a change. */
  schedule(): DueAction[] {
    const today = this.today();
    if (!this.cachedSchedule || this.cachedSchedule.today !== today) {
      this.cachedSchedule = { today, actions: computeSchedule(this.index, scheduleContext(today, this.settings)) };
    }
    return this.cachedSchedule.actions;
  }

  /** The actions open on one note, snoozed ones included: what the writing commands may close (see PlanContext). */
  openActionsOf(key: string): DueAction[] {
    return actionsForFile(this.index, key, { ...scheduleContext(this.today(), this.settings), includeSnoozed: true });
  }

  /** The index key (folder-relative path, prefixed by the folder's name in a multi-root workspace). */
  keyOf(uri: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const notesDir = this.notesDir(folder);
    const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    if (notesDir === undefined || (notesDir && relative !== notesDir && !relative.startsWith(`${notesDir}/`))) return undefined;
    if (relative.split('/').slice(0, -1).some(isSkippedFolder)) return undefined;
    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    return multiRoot ? `${folder.name}/${relative}` : relative;
  }

  uriOf(key: string): vscode.Uri | undefined {
    const known = this.uris.get(key);
    if (known) return known;
    if (!this.lazyUris || !this.index.get(key)) return undefined;
    // A note filed from the saved state: its key is its path in its folder (after the folder's name in a multi-root workspace).
    const folders = vscode.workspace.workspaceFolders ?? [];
    const folder = folders.length > 1 ? folders.find((f) => key.startsWith(`${f.name}/`)) : folders[0];
    if (!folder) return undefined;
    const uri = vscode.Uri.joinPath(folder.uri, folders.length > 1 ? key.slice(folder.name.length + 1) : key);
    this.uris.set(key, uri);
    return uri;
  }

  /** Makes the URI of every note filed from the saved state (what forget() and the watchers compare with). */
  private makeUris(): void {
    if (!this.lazyUris) return;
    for (const key of this.index.files()) if (!this.uris.has(key)) this.uriOf(key);
    this.lazyUris = false;
  }

  dispose(): void {
    for (const timer of this.pendingTyping.values()) clearTimeout(timer);
    clearTimeout(this.changeTimer);
    clearTimeout(this.midnightTimer);
    this.disposables.forEach((d) => d.dispose());
  }

  /** The index cache file of a workspace folder's notes: one per folder and notes folder, in the workspace storage. */
  private cacheUriOf(folder: vscode.WorkspaceFolder, notesDir: string): vscode.Uri | undefined {
    if (!this.cacheFolder) return undefined;
    return vscode.Uri.joinPath(this.cacheFolder, `index-${shortHash(`${folder.uri.toString()}\u0000${notesDir}`)}.bin`);
  }

  /**
   * The notes folder of a workspace folder ('' for all of it; undefined when the setting leads out
   * of the folder, as written or through a symbolic link: then nothing is read there, and the
   * user is told once).
   */
  private notesDir(folder: vscode.WorkspaceFolder): string | undefined {
    const key = folder.uri.toString();
    if (!this.notesDirs.has(key)) {
      const contained = containedUriSync(folder.uri, 'notesFolder', readSettings(folder.uri).settings.notesFolder);
      if (!contained.ok) tellRefusedSetting(contained.message, `no notes are read in ${folder.name}`);
      this.notesDirs.set(key, contained.ok ? contained.relative : undefined);
    }
    return this.notesDirs.get(key);
  }

  private store(uri: vscode.Uri, parsed: ReturnType<typeof parseNote>, fire = true): void {
    const key = this.keyOf(uri);
    if (key === undefined) return;
    this.index.set(key, parsed);
    if (this.index.get(key)) this.uris.set(key, uri);
    else this.uris.delete(key);
    if (fire) this.fireChanged();
  }

  private readDocument(doc: vscode.TextDocument): void {
    if (!isMarkdownPath(doc.uri.path) && doc.languageId !== 'markdown') return;
    if (doc.uri.scheme === 'git' || doc.uri.scheme === 'output') return;
    this.store(doc.uri, parseNote(doc.getText()));
  }

  /** Whether typing in this document updates the index (and so fires onDidChange once the typing pauses). */
  followsTyping(uri: vscode.Uri): boolean {
    return isMarkdownPath(uri.path) && this.keyOf(uri) !== undefined;
  }

  private scheduleTyping(doc: vscode.TextDocument): void {
    if (!this.followsTyping(doc.uri)) return;
    const key = doc.uri.toString();
    clearTimeout(this.pendingTyping.get(key));
    this.pendingTyping.set(key, setTimeout(() => {
      this.pendingTyping.delete(key);
      // Reverted and closed meanwhile: the file on disk is the truth again.
      if (doc.isClosed) void this.refreshFromDisk(doc.uri);
      else this.readDocument(doc);
    }, TYPING_DEBOUNCE_MS));
  }

  private async refreshFromDisk(uri: vscode.Uri): Promise<void> {
    if (!isMarkdownPath(uri.path)) return;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) return; // what the user sees in the editor wins until it is saved or closed
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = this.keyOf(uri);
    if (!folder || key === undefined) return;
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      this.forget(uri);
      return;
    }
    const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    this.store(uri, await readNote(workspaceFileSystem(folder.uri), relative));
  }

  private forget(uri: vscode.Uri): void {
    const prefix = uri.toString();
    let removed = false;
    this.makeUris(); // a note shown from the saved state may be the one gone
    for (const [key, known] of [...this.uris]) {
      const s = known.toString();
      if (s === prefix || s.startsWith(`${prefix}/`)) {
        removed = this.index.delete(key) || removed;
        this.uris.delete(key);
      }
    }
    if (removed) this.fireChanged();
  }

  private async rescanUnder(uri: vscode.Uri): Promise<void> {
    if (isMarkdownPath(uri.path)) return this.refreshFromDisk(uri);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return;
    const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    const fs = workspaceFileSystem(folder.uri);
    const found = await findMarkdownFiles(fs, relative).catch(() => ({ files: [] as string[] }));
    for (const file of found.files) await this.refreshFromDisk(vscode.Uri.joinPath(folder.uri, file));
  }

  private fireChanged(delayMs = 50): void {
    this.cachedSchedule = undefined;
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.changed.fire(), delayMs);
  }

  private armMidnightTimer(): void {
    const now = new Date();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 5);
    this.midnightTimer = setTimeout(() => {
      this.fireChanged();
      this.armMidnightTimer();
    }, next.getTime() - now.getTime());
  }
}
