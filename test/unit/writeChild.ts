/**
 * A writing verb in a process of its own, for the fault-injection and concurrency tests
 * (writeSafety.test.ts): the CLI verbs' edit path (runEdit: lock, plan, atomic replace) without
 * the rest of the CLI's start-up, so hundreds of processes stay cheap.
 *
 *   node writeChild.js once <note> <NoteCommand as JSON>
 *     says "ready" on stdout, waits for one line on stdin, makes the edit, prints what the verb
 *     prints, and exits with its status (the parent kills it at a random moment meanwhile).
 *   node writeChild.js worker <note>
 *     an IPC worker: each message { command, lockTimeoutMs } makes one edit and is answered with
 *     { code, out, error }.
 */
import { runEdit } from '../../src/cli/editCommands';
import type { NoteCommand } from '../../src/core/edits/noteCommands';

async function once(note: string, command: NoteCommand): Promise<void> {
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  process.stdin.pause();
  const outcome = await runEdit(note, command, false);
  process.stdout.write(outcome.out);
  process.stderr.write(outcome.error ?? '');
  process.exitCode = outcome.code;
}

function worker(note: string): void {
  process.on('message', (message: { command: NoteCommand; lockTimeoutMs?: number }) => {
    runEdit(note, message.command, false, { timeoutMs: message.lockTimeoutMs }).then(
      (outcome) => process.send?.({ code: outcome.code, out: outcome.out, error: outcome.error ?? '' }),
      (e: unknown) => process.send?.({ code: 3, out: '', error: String(e) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ ready: true });
}

const [mode, note, command] = process.argv.slice(2);
if (mode === 'once' && note && command) void once(note, JSON.parse(command) as NoteCommand);
else if (mode === 'worker' && note) worker(note);
else {
  process.stderr.write('usage: writeChild.js once <note> <command-json> | worker <note>\n');
  process.exitCode = 2;
}
