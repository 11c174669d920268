/**
 * Writes as a failing machine would try them: writers killed with SIGKILL at random moments, a
 * file-size limit, a full disk, 30 writers at once on one note, stale and live locks, links,
 * modes and owners. After each, the note is byte for byte its old text or its new one, and parses.
 */
import assert from 'node:assert/strict';
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runEdit } from '../../src/cli/editCommands';
import { planNoteCommand, type NoteCommand } from '../../src/core/edits/noteCommands';
import { parseNote, type InterviewNote } from '../../src/core/notes/note';
import { acquireLock, LockBusy, lockPathOf } from '../../src/node/fileLock';
import { tempPathOf } from '../../src/node/atomicReplace';
import { lockedUpdate } from '../../src/node/lockedUpdate';
import { FileRefusal } from '../../src/node/safeFiles';
import { wordListWith } from '../../src/core/checks/knownWords';
import { day } from './helpers';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'out/src/cli.js');
const CHILD = join(__dirname, 'writeChild.js');

function noteText(bodyLines = 90): string {
  const body = Array.from({ length: bodyLines }, (_, i) => `Body line ${i + 1}: what was asked, what I answered, what to send next.`);
  return ['---', 'type: interview', 'company: Acme Corp', 'date: 2026-11-19', 'interviewers:', '  - name: Jane Smith', 'follow_ups:', '  - date: 2026-11-20', '    via: email', '---', ...body, ''].join('\n');
}

const logCommand = (text: string): NoteCommand => ({ verb: 'log', date: day('2026-11-24'), via: 'phone', note: text });

function planned(text: string, command: NoteCommand): string {
  const plan = planNoteCommand(text, command);
  assert.ok(plan.ok && plan.changes.length > 0, 'the test edit is a change');
  return plan.text;
}

function interview(text: string): InterviewNote {
  const parsed = parseNote(text);
  assert.equal(parsed.model?.type, 'interview', `the note parses: ${JSON.stringify(parsed.problems)}`);
  assert.deepEqual(parsed.problems.filter((p) => p.severity === 'error'), []);
  return parsed.model as InterviewNote;
}

/** Lock and temporary files left next to a note. */
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => /\.lock$|\.tmp$|\.stale-/.test(name));
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('safe writes: lock, atomic replace, faults and concurrency', function () {
  this.timeout(600_000);
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ifu-write-'));
    file = join(dir, 'acme.md');
    writeFileSync(file, noteText());
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('the lock', () => {
    it('is a file next to the note naming its holder, removed when the write is done', async () => {
      const lock = await acquireLock(file);
      const holder = JSON.parse(readFileSync(lockPathOf(file), 'utf8')) as { pid: number; host: string; started: string };
      assert.equal(holder.pid, process.pid);
      assert.equal(holder.host, hostname());
      assert.ok(!Number.isNaN(Date.parse(holder.started)));
      lock.release();
      assert.ok(!existsSync(lockPathOf(file)));
      assert.equal((await runEdit(file, logCommand('one'), false)).code, 0);
      assert.deepEqual(leftovers(dir), []);
    });

    it('a live lock makes a verb wait, then refuse naming the lock file, the note unchanged', async () => {
      const lock = await acquireLock(file);
      await assert.rejects(acquireLock(file, { timeoutMs: 100 }), LockBusy);
      const before = readFileSync(file);
      const started = Date.now();
      const r = await runEdit(file, logCommand('blocked'), false, { timeoutMs: 400 });
      assert.ok(Date.now() - started >= 400, 'it waited');
      assert.equal(r.code, 1);
      assert.ok(r.error?.includes(`another writer holds its lock file ${lockPathOf(file)} (process ${process.pid} on ${hostname()}`), r.error);
      assert.deepEqual(readFileSync(file), before);
      lock.release();
      assert.equal((await runEdit(file, logCommand('now'), false)).code, 0);
    });

    it('a writer waiting for a lock gets it when the holder is done', async () => {
      const lock = await acquireLock(file);
      setTimeout(() => lock.release(), 150);
      const r = await runEdit(file, logCommand('after the wait'), false, { timeoutMs: 3000 });
      assert.equal(r.code, 0, r.error);
      assert.match(readFileSync(file, 'utf8'), /note: after the wait/);
    });

    it('a stale lock (its holder gone) is recovered; one of another host, or of a live process, is not', async () => {
      writeFileSync(lockPathOf(file), JSON.stringify({ pid: deadPid(), host: hostname(), started: '2026-11-01T00:00:00Z' }));
      // What a writer killed while it broke a stale lock leaves: removed too.
      writeFileSync(`${lockPathOf(file)}.stale-${deadPid()}-k1ll3d`, '{}');
      const r = await runEdit(file, logCommand('after a crash'), false, { timeoutMs: 300 });
      assert.equal(r.code, 0, r.error);
      assert.deepEqual(leftovers(dir), []);

      const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
      try {
        if (existsSync('/proc/self/stat')) {
          // A lock left before a reboot whose pid now belongs to a process started after it: stale.
          writeFileSync(lockPathOf(file), JSON.stringify({ pid: sleeper.pid, host: hostname(), started: new Date(Date.now() - 3_600_000).toISOString() }));
          const reused = await runEdit(file, logCommand('pid reused'), false, { timeoutMs: 300 });
          assert.equal(reused.code, 0, reused.error);
        }
        for (const holder of [{ pid: deadPid(), host: 'another-machine.example' }, { pid: sleeper.pid, host: hostname() }]) {
          writeFileSync(lockPathOf(file), JSON.stringify({ ...holder, started: new Date().toISOString() }));
          const before = readFileSync(file);
          const refused = await runEdit(file, logCommand('refused'), false, { timeoutMs: 250 });
          assert.equal(refused.code, 1);
          assert.match(refused.error ?? '', new RegExp(`holds its lock file .*acme\\.md\\.lock \\(process ${holder.pid} on ${holder.host.replace(/\./g, '\\.')}`));
          assert.deepEqual(readFileSync(file), before);
        }
      } finally {
        sleeper.kill('SIGKILL');
      }
      await new Promise((r) => sleeper.once('exit', r));
      assert.equal((await runEdit(file, logCommand('its holder was killed'), false, { timeoutMs: 2000 })).code, 0);
    });

    it('is removed when its holder ends by a signal or an exception', async () => {
      const script = (end: string) =>
        `const { acquireLock } = require(${JSON.stringify(join(ROOT, 'out/src/node/fileLock.js'))});` +
        `acquireLock(${JSON.stringify(file)}).then(() => { process.stdout.write('held\\n'); ${end} });`;
      for (const [end, signal, status] of [
        ['setTimeout(() => {}, 60000);', 'SIGTERM', 143],
        ['setTimeout(() => {}, 60000);', 'SIGINT', 130],
        ['throw new Error("boom");', undefined, 1],
      ] as const) {
        const child = spawn(process.execPath, ['-e', script(end)], { stdio: ['ignore', 'pipe', 'ignore'] });
        await new Promise<void>((r) => child.stdout.once('data', () => r()));
        assert.ok(existsSync(lockPathOf(file)) || signal === undefined);
        if (signal) child.kill(signal);
        const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
        assert.equal(code, status, end);
        assert.ok(!existsSync(lockPathOf(file)), `the lock is gone after ${signal ?? 'an exception'}`);
      }
    });
  });

  describe('the replace', () => {
    it('keeps a link a link (the target written), the mode and the owner', async function () {
      const link = join(dir, 'link.md');
      symlinkSync(file, link);
      chmodSync(file, 0o640);
      const root = process.getuid?.() === 0;
      if (root) chownSync(file, 1234, 2345);
      assert.equal((await runEdit(link, logCommand('through the link'), false)).code, 0);
      assert.ok(lstatSync(link).isSymbolicLink());
      assert.match(readFileSync(file, 'utf8'), /note: through the link/);
      const stats = statSync(file);
      assert.equal(stats.mode & 0o7777, 0o640);
      if (root) assert.deepEqual([stats.uid, stats.gid], [1234, 2345]);
      assert.deepEqual(leftovers(dir), []);
    });

    it('refuses a hard-linked note (a replace would split its names) and a read-only one, unchanged', async () => {
      const other = join(dir, 'other-name.md');
      linkSync(file, other);
      const before = readFileSync(file);
      const r = await runEdit(file, logCommand('x'), false);
      assert.equal(r.code, 1);
      assert.match(r.error ?? '', /not changed: it has 2 hard links; writing it would split them/);
      assert.deepEqual(readFileSync(other), before);
      rmSync(other);
      chmodSync(file, 0o444);
      const ro = await runEdit(file, logCommand('x'), false);
      assert.equal(ro.code, 1);
      assert.match(ro.error ?? '', /not changed: it is read-only/);
      assert.deepEqual(readFileSync(file), before);
      assert.deepEqual(leftovers(dir), []);
    });

    it('a leftover temporary file of a killed writer, even a link, is removed, never written through', async () => {
      writeFileSync(join(dir, 'precious.txt'), 'keep me');
      symlinkSync(join(dir, 'precious.txt'), tempPathOf(file));
      assert.equal((await runEdit(file, logCommand('past the leftover'), false)).code, 0);
      assert.equal(readFileSync(join(dir, 'precious.txt'), 'utf8'), 'keep me');
      assert.deepEqual(leftovers(dir), []);
    });
  });

  describe('the word list append (the extension\'s "Add to word list" on disk)', () => {
    it('adds the word on a line of its own in the list\'s line ending, the text before kept', () => {
      assert.equal(wordListWith('', 'Zorblax'), 'Zorblax\n');
      assert.equal(wordListWith('# mine\nAcme\n', 'Zorblax'), '# mine\nAcme\nZorblax\n');
      assert.equal(wordListWith('# mine\r\nAcme', 'Zorblax'), '# mine\r\nAcme\r\nZorblax\r\n');
    });

    it('is written under the lock as a whole; a refusal of the planner leaves the list and no lock', async () => {
      const list = join(dir, 'words.txt');
      writeFileSync(list, 'Acme\n');
      const append = (bytes: Buffer) => ({ next: Buffer.from(wordListWith(bytes.toString('utf8'), 'Zorblax')), result: true });
      assert.equal(await lockedUpdate(list, append, { maxBytes: 1024 }), true);
      assert.equal(readFileSync(list, 'utf8'), 'Acme\nZorblax\n');
      await assert.rejects(
        lockedUpdate(list, () => {
          throw new FileRefusal('no');
        }, { maxBytes: 1024 }),
        /no/,
      );
      assert.equal(readFileSync(list, 'utf8'), 'Acme\nZorblax\n');
      await assert.rejects(lockedUpdate(list, append, { maxBytes: 4, what: 'the word list' }), /cannot be read \(the word list is 13 bytes, more than the 4 bytes read at most\)/);
      assert.deepEqual(leftovers(dir), []);
    });
  });

  describe('failures leave the old note byte for byte', () => {
    it('under a file-size limit (ulimit -f): exit 1, a message, the note and no temporary file', () => {
      const before = readFileSync(file);
      assert.ok(before.length > 4 * 1024 + 512, 'the note is larger than the limit');
      const r = spawnSync('bash', ['-c', `ulimit -f 4; exec "$0" "$@"`, process.execPath, CLI, 'log', file, '--date', '2026-11-24', '--via', 'phone', '--today', '2026-11-25'], { encoding: 'utf8' });
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, /acme\.md: not changed: it could not be written \(the file would exceed the file-size limit \(ulimit -f\)\)/);
      assert.deepEqual(readFileSync(file), before);
      assert.deepEqual(leftovers(dir), []);
      const ics = spawnSync('bash', ['-c', `ulimit -f 1; exec "$0" "$@"`, process.execPath, CLI, 'ics', resolve(ROOT, 'test/fixtures/journal'), '--today', '2026-11-25', '-o', join(dir, 'cal.ics')], { encoding: 'utf8' });
      if (ics.status !== 0) {
        assert.equal(ics.status, 1, ics.stderr);
        assert.match(ics.stderr, /cal\.ics was not written: the file would exceed/);
        assert.doesNotMatch(ics.stderr, /\n\s+at /, 'no stack trace');
        assert.ok(!existsSync(join(dir, 'cal.ics')));
      }
      assert.deepEqual(leftovers(dir), []);
    });

    it('ics -o into a missing folder is bad usage (exit 2) with a message, no stack trace', () => {
      const r = spawnSync(process.execPath, [CLI, 'ics', resolve(ROOT, 'test/fixtures/journal'), '--today', '2026-11-25', '-o', join(dir, 'no/such/folder/cal.ics')], { encoding: 'utf8' });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /cannot write .*cal\.ics: its folder .*folder does not exist/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    });

    describe('on a small file system (tmpfs: root only)', () => {
      const mount = join(tmpdir(), `ifu-tmpfs-${process.pid}`);
      let mounted = false;
      before(function () {
        mkdirSync(mount, { recursive: true });
        const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount], { encoding: 'utf8' });
        mounted = r.status === 0;
        if (!mounted) this.skip(); // `mount` needs root (and a container that allows it): ${r.stderr}
      });
      after(() => {
        if (mounted) spawnSync('umount', [mount]);
        rmSync(mount, { recursive: true, force: true });
      });

      it('a full disk (ENOSPC): exit 1 "the disk is full", the note and no temporary file; then read-only (EROFS)', () => {
        const note = join(mount, 'acme.md');
        writeFileSync(note, noteText(200)); // about 17 KB
        const before = readFileSync(note);
        // Fill the rest, so that the new text cannot be written in full.
        try {
          writeFileSync(join(mount, 'filler'), Buffer.alloc(64 * 1024));
        } catch {
          // ENOSPC: it took what there was
        }
        const log = () => spawnSync(process.execPath, [CLI, 'log', note, '--date', '2026-11-24', '--via', 'phone', '--today', '2026-11-25'], { encoding: 'utf8' });
        const r = log();
        assert.equal(r.status, 1, r.stderr);
        assert.match(r.stderr, /not changed: .*the disk is full/);
        assert.deepEqual(readFileSync(note), before);
        assert.deepEqual(leftovers(mount), []);
        const ics = spawnSync(process.execPath, [CLI, 'ics', resolve(ROOT, 'test/fixtures/journal'), '--today', '2026-11-25', '-o', join(mount, 'cal.ics')], { encoding: 'utf8' });
        assert.equal(ics.status, 1, ics.stderr);
        assert.match(ics.stderr, /cal\.ics was not written: the disk is full/);
        assert.doesNotMatch(ics.stderr, /\n\s+at /);
        rmSync(join(mount, 'filler'));
        assert.equal(spawnSync('mount', ['-o', 'remount,ro', mount]).status, 0);
        const ro = log();
        assert.equal(ro.status, 1);
        assert.match(ro.stderr, /not changed: its lock file .*acme\.md\.lock cannot be created \(the file system is read-only\)/);
        assert.deepEqual(readFileSync(note), before);
        const roIcs = spawnSync(process.execPath, [CLI, 'ics', resolve(ROOT, 'test/fixtures/journal'), '--today', '2026-11-25', '-o', join(mount, 'cal.ics')], { encoding: 'utf8' });
        assert.equal(roIcs.status, 1);
        assert.match(roIcs.stderr, /was not written: the file system is read-only/);
        spawnSync('mount', ['-o', 'remount,rw', mount]);
      });
    });
  });

  it('SIGKILL at random moments, 500 runs: the note is always its old or its new text, and the next writer goes on', async () => {
    const RUNS = 500;
    const notes = [join(dir, 'a.md'), join(dir, 'b.md')];
    const base = noteText(400); // about 30 KB: the write takes a moment worth hitting
    const command = logCommand('killed or not');
    const after = planned(base, command);
    const counts = { old: 0, new: 0, finished: 0, tempLeft: 0 };
    // How long a child takes from "go" to its end, measured on every 8th run (not killed), so the
    // kills spread over the whole edit however loaded the machine is.
    const durations: number[] = [];
    const spread = () => 1.3 * [...durations].sort((a, b) => a - b)[Math.floor(durations.length / 2)];
    // Two lanes (one note each), each with its next child started while the current one runs.
    await Promise.all(
      notes.map(async (note) => {
        let next = prepareChild(note, command);
        for (let run = 0; run < RUNS / notes.length; run++) {
          const child = await next;
          if (run + 1 < RUNS / notes.length) next = prepareChild(note, command);
          writeFileSync(note, base);
          const measured = run % 8 === 0 || durations.length === 0;
          const result = await child.go(measured ? undefined : Math.random() * spread());
          if (measured) durations.push(result.ms);
          const text = readFileSync(note, 'utf8');
          assert.ok(text === base || text === after, `run ${run} on ${note}: the note is neither its old nor its new text (killed after ${result.killedAfter} ms)`);
          interview(text);
          counts[text === base ? 'old' : 'new']++;
          if (existsSync(tempPathOf(note))) counts.tempLeft++;
          if (result.code === 0) {
            counts.finished++;
            assert.equal(text, after, 'a verb that exited 0 made its edit');
          } else assert.ok(measured || result.code === null, `a verb that was not killed failed: ${result.code}`);
        }
      }),
    );
    console.log(`      SIGKILL runs: ${JSON.stringify(counts)}, kills spread over ${Math.round(spread())} ms`);
    // The kills landed all over: before the rename, after it, and in the middle of writing the temporary file
    // (how many land after the rename depends on the machine's speed: a quiet one leaves a narrow window there).
    assert.ok(counts.old >= RUNS / 20 && counts.new - counts.finished >= RUNS / 100 && counts.tempLeft > 0, JSON.stringify(counts));
    // Whatever a kill left (a stale lock, a temporary file), the next writer cleans up and writes.
    for (const note of notes) {
      writeFileSync(note, base);
      // A generous wait: on a loaded machine the last killed child may not be reaped yet (its lock looks held).
      const last = await runEdit(note, command, false, { timeoutMs: 15_000 });
      assert.equal(last.code, 0, last.error);
      assert.equal(readFileSync(note, 'utf8'), after);
    }
    assert.deepEqual(leftovers(dir), []);
  });

  it('30 writers at once on one note, 40 rounds: every one that said "recorded" is in the note, the others said why; a reader never sees a torn note', async () => {
    const WRITERS = 30;
    const ROUNDS = 40;
    const workers = await Promise.all(Array.from({ length: WRITERS }, () => startWorker(file)));
    let refused = 0;
    // A reader racing the writers: every read is a whole note (the old text or a new one), never a torn one.
    let reads = 0;
    const torn: string[] = [];
    const reader = setInterval(() => {
      const text = readFileSync(file, 'utf8');
      reads++;
      const parsed = parseNote(text);
      if (parsed.model?.type !== 'interview' || !text.endsWith('what to send next.\n')) torn.push(text);
    }, 1);
    try {
      for (let round = 0; round < ROUNDS; round++) {
        writeFileSync(file, noteText(30));
        const results = await Promise.all(workers.map((w, i) => ask(w, { command: logCommand(`r${round}w${i}`), lockTimeoutMs: 10_000 })));
        const model = interview(readFileSync(file, 'utf8'));
        const logged = model.followUps.map((f) => f.note?.value).filter((v): v is string => v !== undefined);
        results.forEach((r, i) => {
          if (r.code === 0) assert.ok(logged.includes(`r${round}w${i}`), `round ${round}: writer ${i} said "${r.out.trim()}" but its entry is missing`);
          else {
            refused++;
            assert.match(r.error, /not changed: .+/, `round ${round}: writer ${i} failed without saying why`);
          }
        });
        assert.equal(logged.length, results.filter((r) => r.code === 0).length, `round ${round}: one entry per verb that exited 0`);
        assert.deepEqual(leftovers(dir), []);
      }
    } finally {
      clearInterval(reader);
      for (const w of workers) w.kill();
    }
    assert.deepEqual(torn.slice(0, 1), [], `${torn.length} of ${reads} reads saw a torn note`);
    assert.ok(reads > ROUNDS, `the reader read (${reads} reads)`);
    assert.ok(refused <= (WRITERS * ROUNDS) / 10, `${refused} of ${WRITERS * ROUNDS} refused: the lock queues writers`);
  });

  it('the CLI itself: 12 `log` verbs at once all land', async () => {
    writeFileSync(file, noteText(30));
    const runs = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        new Promise<{ code: number | null; err: string }>((done) => {
          const child = spawn(process.execPath, [CLI, 'log', file, '--date', '2026-11-24', '--via', 'email', '--note', `cli${i}`, '--today', '2026-11-25'], { stdio: ['ignore', 'ignore', 'pipe'] });
          let err = '';
          child.stderr.on('data', (d: Buffer) => (err += d.toString()));
          child.on('exit', (code) => done({ code, err }));
        }),
      ),
    );
    const logged = interview(readFileSync(file, 'utf8')).followUps.map((f) => f.note?.value);
    runs.forEach((r, i) => {
      assert.equal(r.code, 0, r.err);
      assert.ok(logged.includes(`cli${i}`), `cli${i} is in the note`);
    });
  });
});

/**
 * Starts a writing verb in a child that waits for "go"; `go(killAfter)` lets it run and kills it
 * with SIGKILL `killAfter` ms later (undefined: never).
 */
function prepareChild(note: string, command: NoteCommand): Promise<{ go: (killAfter: number | undefined) => Promise<{ code: number | null; ms: number; killedAfter?: number }> }> {
  return new Promise((ready) => {
    const child = spawn(process.execPath, [CHILD, 'once', note, JSON.stringify(command)], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.resume();
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.stdout.once('data', () => {
      ready({
        go: async (killAfter) => {
          const started = performance.now();
          child.stdin.write('go\n');
          if (killAfter !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfter);
          const code = await exited;
          return { code, ms: performance.now() - started, killedAfter: killAfter };
        },
      });
    });
  });
}

interface WorkerAnswer {
  readonly code: number;
  readonly out: string;
  readonly error: string;
}

function startWorker(note: string): Promise<ChildProcess> {
  return new Promise((done, fail) => {
    const child = fork(CHILD, ['worker', note], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.once('message', () => done(child));
    child.once('error', fail);
  });
}

function ask(worker: ChildProcess, message: { command: NoteCommand; lockTimeoutMs: number }): Promise<WorkerAnswer> {
  return new Promise((done) => {
    worker.once('message', (answer) => done(answer as WorkerAnswer));
    worker.send(message);
  });
}
