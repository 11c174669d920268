/** Builds the index once in a fresh process and reports its peak memory (the benchmark's index.maxRssMb). */
import { buildIndex } from '../src/core/loader';
import { nodeFileSystem } from '../src/cli/nodeFileSystem';

async function main() {
  const dir = process.argv[2];
  const index = await buildIndex(nodeFileSystem(dir));
  if (index.size === 0) throw new Error('nothing indexed');
  process.stdout.write(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024, warmStartMs: null }));
}

void main();
