/**
 * The schedule a window last showed, saved with the index cache, so the next window can show the
 * same tree at once — before any note is looked at — and correct it once every file is checked.
 * It is only given back for the same day and the same settings (a new day can end a snooze, and
 * settings move due days); anything else means computing the schedule from the notes.
 */
import type { Settings } from '../shared/settings';
import { Span } from '../shared/span';
import { ACTION_KINDS, type ActionKind, type Day, type DueAction } from '../shared/types';
import { ADVICE } from './advice';
import { stateOf } from './schedule';

const FORMAT = 2;

/** One action as a flat row: kind, file and company (indexes into their tables, -1 for none), person, title, due, opens, range (four numbers, or -1). */
type SavedAction = [kind: number, file: number, company: number, person: string | 0, title: string, due: number, opens: number, l0: number, c0?: number, l1?: number, c1?: number];

interface Saved {
  readonly format: number;
  readonly day: Day;
  readonly settings: string;
  readonly files: string[];
  readonly companies: string[];
  readonly actions: SavedAction[];
}

const KIND_NUMBER = new Map<ActionKind, number>(ACTION_KINDS.map((k, i) => [k, i]));

function table(): { list: string[]; index: (value: string | null) => number } {
  const list: string[] = [];
  const positions = new Map<string, number>();
  return {
    list,
    index(value) {
      if (value === null) return -1;
      let at = positions.get(value);
      if (at === undefined) {
        at = list.push(value) - 1;
        positions.set(value, at);
      }
      return at;
    },
  };
}

export function saveSchedule(actions: readonly DueAction[], today: Day, settings: Settings): string {
  const files = table();
  const companies = table();
  const rows = actions.map((a): SavedAction => {
    const row: SavedAction = [KIND_NUMBER.get(a.kind)!, files.index(a.file), companies.index(a.company), a.person ?? 0, a.title, a.due ?? -1, a.opens ?? -1, -1];
    if (a.range) row.splice(7, 1, a.range.start.line, a.range.start.character, a.range.end.line, a.range.end.character);
    return row;
  });
  const saved: Saved = { format: FORMAT, day: today, settings: JSON.stringify(settings), files: files.list, companies: companies.list, actions: rows };
  return JSON.stringify(saved);
}

/** The saved schedule, when it was saved on `today` with the same settings; else undefined. */
export function restoreSchedule(text: string | undefined, today: Day, settings: Settings): DueAction[] | undefined {
  if (!text) return undefined;
  let saved: Saved;
  try {
    saved = JSON.parse(text) as Saved;
  } catch {
    return undefined;
  }
  if (saved?.format !== FORMAT || saved.day !== today || saved.settings !== JSON.stringify(settings)) return undefined;
  const { files, companies, actions: rows } = saved;
  if (!Array.isArray(rows) || !Array.isArray(files) || !Array.isArray(companies)) return undefined;
  const actions: DueAction[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i];
    const kind = Array.isArray(a) ? ACTION_KINDS[a[0]] : undefined;
    if (!kind || (a.length !== 8 && a.length !== 11) || typeof a[4] !== 'string') return undefined;
    const file = a[1] === -1 ? null : files[a[1]];
    const company = a[2] === -1 ? null : companies[a[2]];
    if (file === undefined || company === undefined) return undefined;
    const due = a[5] === -1 ? null : (a[5] as Day);
    actions[i] = {
      kind,
      file,
      company,
      person: a[3] === 0 ? null : a[3],
      title: a[4],
      due,
      opens: a[6] === -1 ? null : (a[6] as Day),
      state: stateOf(due, today),
      range: a.length === 11 ? new Span(a[7], a[8]!, a[9]!, a[10]!) : undefined,
      advice: ADVICE[kind],
    };
  }
  return actions;
}
