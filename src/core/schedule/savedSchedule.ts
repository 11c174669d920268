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

const FORMAT = 1;

type SavedAction = [kind: number, file: string | 0, company: string | 0, person: string | 0, title: string, due: Day | -1, opens: Day | -1, range: [number, number, number, number] | 0];

interface Saved {
  readonly format: number;
  readonly day: Day;
  readonly settings: string;
  readonly actions: SavedAction[];
}

const KIND_NUMBER = new Map<ActionKind, number>(ACTION_KINDS.map((k, i) => [k, i]));

export function saveSchedule(actions: readonly DueAction[], today: Day, settings: Settings): string {
  const saved: Saved = {
    format: FORMAT,
    day: today,
    settings: JSON.stringify(settings),
    actions: actions.map((a) => [
      KIND_NUMBER.get(a.kind)!,
      a.file ?? 0,
      a.company ?? 0,
      a.person ?? 0,
      a.title,
      a.due ?? -1,
      a.opens ?? -1,
      a.range ? [a.range.start.line, a.range.start.character, a.range.end.line, a.range.end.character] : 0,
    ]),
  };
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
  if (saved?.format !== FORMAT || saved.day !== today || saved.settings !== JSON.stringify(settings) || !Array.isArray(saved.actions)) return undefined;
  const actions: DueAction[] = [];
  for (const a of saved.actions) {
    const kind = Array.isArray(a) ? ACTION_KINDS[a[0]] : undefined;
    if (!kind || a.length !== 8) return undefined;
    const due = a[5] === -1 ? null : a[5];
    actions.push({
      kind,
      file: a[1] === 0 ? null : a[1],
      company: a[2] === 0 ? null : a[2],
      person: a[3] === 0 ? null : a[3],
      title: a[4],
      due,
      opens: a[6] === -1 ? null : a[6],
      state: stateOf(due, today),
      range: a[7] === 0 ? undefined : new Span(a[7][0], a[7][1], a[7][2], a[7][3]),
      advice: ADVICE[kind],
    });
  }
  return actions;
}
