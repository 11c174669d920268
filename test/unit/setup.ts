/** Runs before the unit tests: the CLI's index cache goes to a scratch folder, never the user's ~/.cache. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (!process.env.INTERVIEW_FOLLOWUP_CACHE_DIR) {
  const dir = mkdtempSync(join(tmpdir(), 'ifu-cache-'));
  process.env.INTERVIEW_FOLLOWUP_CACHE_DIR = dir;
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
}
