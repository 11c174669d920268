/** Test helpers: in-memory journals and compact views of actions. */
import { parseDay, formatDay } from '../../src/core/shared/days';
import { buildIndex, type EntryKind, type NoteFileSystem } from '../../src/core/notes/loader';
import type { NoteIndex } from '../../src/core/notes/noteIndex';
import { computeSchedule, scheduleContext } from '../../src/core/schedule/schedule';
import { resolveSettings, type Settings } from '../../src/core/shared/settings';
import type { Day, DueAction } from '../../src/core/shared/types';

export function day(text: string): Day {
  const d = parseDay(text);
  if (d === undefined) throw new Error(`bad test day ${text}`);
  return d;
}

/** A file system over a map of path to content (text or bytes). */
export function memoryFileSystem(files: Record<string, string | Uint8Array>): NoteFileSystem {
  const encoder = new TextEncoder();
  const bytesOf = (path: string) => {
    const content = files[path];
    if (content === undefined) throw new Error(`ENOENT: ${path}`);
    return typeof content === 'string' ? encoder.encode(content) : content;
  };
  return {
    async readDirectory(dir) {
      const prefix = dir ? `${dir}/` : '';
      const entries = new Map<string, EntryKind>();
      for (const path of Object.keys(files)) {
        if (!path.startsWith(prefix)) continue;
        const rest = path.slice(prefix.length);
        const slash = rest.indexOf('/');
        entries.set(slash === -1 ? rest : rest.slice(0, slash), slash === -1 ? 'file' : 'directory');
      }
      return [...entries];
    },
    async readHead(file, maxBytes) {
      const bytes = bytesOf(file);
      return { bytes: bytes.subarray(0, maxBytes), truncated: bytes.length > maxBytes };
    },
  };
}

export async function indexOf(files: Record<string, string | Uint8Array>): Promise<NoteIndex> {
  return buildIndex(memoryFileSystem(files));
}

export function settings(raw: Record<string, unknown> = {}): Settings {
  const result = resolveSettings(raw);
  if (result.problems.length) throw new Error(result.problems.join('; '));
  return result.settings;
}

export async function schedule(files: Record<string, string>, today: string, raw: Record<string, unknown> = {}): Promise<DueAction[]> {
  return computeSchedule(await indexOf(files), scheduleContext(day(today), settings(raw)));
}

/** "kind person due state" lines, easy to compare and to read in a failure. */
export function brief(actions: readonly DueAction[]): string[] {
  return actions.map((a) =>
    [a.kind, a.person ?? '-', a.due === null ? 'undated' : formatDay(a.due), a.opens === null ? '' : `opens ${formatDay(a.opens)}`, a.state]
      .filter(Boolean)
      .join(' '),
  );
}

/** Front-matter lines to a note. */
export function note(lines: string[], body = 'Notes.\n'): string {
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

/** The interview most letter tests write about: Acme Corp, Thursday 2026-11-19, two interviewers. */
export function acmeInterview(date = '2026-11-19'): string {
  return note([
    'type: interview',
    'company: Acme Corp',
    'role: Platform Engineer',
    `date: ${date}`,
    'decision_expected: 2026-12-04',
    'contact_via: email',
    'interviewers:',
    '  - name: Daniela García',
    '    title: Engineering Manager',
    '  - name: Chidi Okonkwo',
    '    title: Director',
  ]);
}
