/**
 * One index measurement in a fresh process (no warmed-up JIT, no retained heap): the way a window
 * opens or the CLI runs. Modes, each timed after the modules are loaded:
 * - `floor`: the strongest fair baseline — the same walk and the same reads of every file's head
 *   that the index does, and nothing else;
 * - `index`: the index built from the files (no cache);
 * - `warm`: the index built with the persistent cache file (loading it, `stat` of every file);
 * - `write-cache`: builds the index and writes the cache file (setup for `warm`).
 */
import { findMarkdownFiles, buildIndex, NOTE_READ_LIMIT } from '../src/core/notes/loader';
import { nodeFileSystem } from '../src/cli/nodeFileSystem';
import { loadIndexCache, saveIndexCache } from '../src/node/indexCacheFile';

async function main() {
  const [dir, mode, cacheFile] = process.argv.slice(2);
  const fs = nodeFileSystem(dir);
  const started = process.hrtime.bigint();
  let files = 0;
  let notes = 0;
  if (mode === 'floor') {
    const found = await findMarkdownFiles(fs);
    for (const file of found.files) await fs.readHead(file, NOTE_READ_LIMIT);
    files = found.files.length;
  } else {
    const cache = mode === 'warm' || mode === 'write-cache' ? loadIndexCache(mode === 'warm' ? cacheFile : undefined) : undefined;
    const index = await buildIndex(fs, '', cache);
    if (mode === 'write-cache') saveIndexCache(cacheFile, cache!);
    files = index.size;
    notes = index.size;
    if (mode === 'warm' && cache!.hitCount === 0) throw new Error('the cache was not used');
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(JSON.stringify({ ms, files, notes, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e));
  process.exit(1);
});
