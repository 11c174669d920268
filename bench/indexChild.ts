/**
 * One index measurement in a fresh process (no warmed-up JIT, no retained heap): the way a window
 * opens or the CLI runs. Modes, each timed after the modules are loaded:
 * - `floor`: the strongest fair baseline — the same walk and the same reads of every file's head
 *   that the index does, and nothing else;
 * - `index`: the index built from the files (no cache);
 * - `warm`: the index built with the persistent cache file (loading it, `stat` of every file);
 * - `first-tree`: what a window shows first from the extension's cache, before it looks at any
 *   file (see NotesWorkspace.reload): every cached note filed in the index, the saved schedule
 *   (or, without one, the schedule computed from the cached notes) and the tree's groups with their
 *   counts and every row's label and description;
 * - `write-cache`: builds the index and writes the CLI's cache file (setup for `warm`);
 * - `write-view-cache`: the same plus the schedule a window shows, as the extension saves it (setup for `first-tree`).
 */
import { findMarkdownFiles, buildIndex, NOTE_READ_LIMIT } from '../src/core/notes/loader';
import { NoteIndex } from '../src/core/notes/noteIndex';
import { actionDescription, actionLabel, groupActions } from '../src/core/present/presentation';
import { restoreSchedule, saveSchedule } from '../src/core/schedule/savedSchedule';
import { computeSchedule, scheduleContext } from '../src/core/schedule/schedule';
import { parseDay } from '../src/core/shared/days';
import { resolveSettings } from '../src/core/shared/settings';
import { nodeFileSystem } from '../src/cli/nodeFileSystem';
import { loadIndexCache, saveIndexCache } from '../src/node/indexCacheFile';

const TODAY = parseDay('2026-11-25')!;
const SETTINGS = resolveSettings({}).settings;

async function main() {
  const [dir, mode, cacheFile] = process.argv.slice(2);
  const fs = nodeFileSystem(dir);
  const started = process.hrtime.bigint();
  let files = 0;
  let notes = 0;
  let restored = false;
  if (mode === 'floor') {
    const found = await findMarkdownFiles(fs);
    for (const file of found.files) await fs.readHead(file, NOTE_READ_LIMIT);
    files = found.files.length;
  } else if (mode === 'first-tree') {
    const cache = loadIndexCache(cacheFile);
    const index = new NoteIndex();
    index.fill(cache.stored());
    const saved = restoreSchedule(cache.savedView, TODAY, SETTINGS);
    restored = saved !== undefined;
    const actions = saved ?? computeSchedule(index, scheduleContext(TODAY, SETTINGS));
    let shown = 0;
    for (const group of groupActions(actions, TODAY, 'due')) {
      for (const action of group.actions) shown += actionLabel(action).length + actionDescription(action, TODAY).length > 0 ? 1 : 0;
    }
    files = index.size;
    notes = shown;
    if (index.size === 0) throw new Error('the cache was not used');
  } else {
    const cache = mode === 'index' ? undefined : loadIndexCache(mode === 'warm' ? cacheFile : undefined);
    const index = await buildIndex(fs, '', cache);
    if (mode === 'write-view-cache') cache!.savedView = saveSchedule(computeSchedule(index, scheduleContext(TODAY, SETTINGS)), TODAY, SETTINGS);
    if (mode.startsWith('write')) saveIndexCache(cacheFile, cache!);
    files = index.size;
    notes = index.size;
    if (mode === 'warm' && cache!.hitCount === 0) throw new Error('the cache was not used');
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(JSON.stringify({ ms, files, notes, restored, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e));
  process.exit(1);
});
