/**
 * Text changes and the YAML scalars they write: what every edit planner produces and the
 * verifier applies. Imports nothing, so the planners and the module that chooses between them
 * share it without an import circle.
 */
/** A replacement of [start, end) offsets in the text the plan was made from. */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type EditPlan =
  | { readonly ok: true; readonly changes: readonly TextChange[]; /** 'bytes': minimal changes; 'document': the front-matter re-printed. */ readonly method?: 'bytes' | 'document' }
  | { readonly ok: false; readonly reason: string };

export function applyChanges(text: string, changes: readonly TextChange[]): string {
  let out = text;
  for (const c of [...changes].sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + c.text + out.slice(c.end);
  return out;
}

/** One change covering the differing middle of two texts (none when they are equal). */
export function minimalChange(before: string, after: string): TextChange[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return start === endBefore && start === endAfter ? [] : [{ start, end: endBefore, text: after.slice(start, endAfter) }];
}

/** Plain words the YAML 1.2 core schema or YAML 1.1 reads as null, a boolean or a merge/value key. */
const RESERVED_PLAIN = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|=|<<)$/;

/**
 * Plain text the core schema or YAML 1.1 may read as a number or a timestamp: anything that starts
 * (after a sign) with a digit or `.digit`, and `.inf`/`.nan`. Wider than the schemas' own
 * patterns on purpose: quoting text that did not need it changes nothing a reader sees.
 */
const NUMBER_LIKE = /^[-+]?(?:\.?[0-9]|\.(?:inf|Inf|INF|nan|NaN|NAN)$)/;

/** A date in the notes' own forms (SPEC section 2): written plain where the value is a date (YAML 1.1 reads it as that date or as text). */
const DAY = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Keys whose values are calendar days (SPEC section 2), and the maps of days by action kind. */
const DAY_KEYS = new Set(['date', 'sent', 'next', 'status_date', 'thank_you_sent', 'references_alerted', 'decision_expected']);

/** Whether a path (map keys, indexes, selectors) ends at a value that is a day. */
export function isDayPath(path: readonly unknown[]): boolean {
  const keys = path.filter((p): p is string => typeof p === 'string');
  return (keys.length > 0 && DAY_KEYS.has(keys[keys.length - 1])) || (keys.length === 2 && (keys[0] === 'done' || keys[0] === 'snooze'));
}

export function isDayKey(key: string): boolean {
  return DAY_KEYS.has(key);
}

/** Whether plain `value` could be read as something other than this text by a YAML reader (core schema or 1.1). */
export function readsAsOtherThanText(value: string, day = false): boolean {
  if (RESERVED_PLAIN.test(value)) return true;
  return NUMBER_LIKE.test(value) && !(day && DAY.test(value));
}

/**
 * A YAML scalar for block context: plain when every reader reads it back as the same text (the
 * failsafe, core and 1.1 schemas), else double-quoted. `day`: the value is a calendar day, which
 * stays plain in its `YYYY-MM-DD` form.
 */
export function yamlScalar(value: string, day = false): string {
  const plainSafe =
    value !== '' &&
    /^[^\-?:,[\]{}#&*!|>'"%@`\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/u.test(value) &&
    !/[\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]$/u.test(value) &&
    !/: |:$| #|[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/u.test(value) &&
    !readsAsOtherThanText(value, day);
  return plainSafe ? value : JSON.stringify(value);
}

/** A YAML scalar for flow context (`[...]`, `{...}`): plain only for simple words, dates and names. */
export function flowScalar(value: string, day = false): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} ._/@+-]*$/u.test(value) && !/ $/.test(value) && !readsAsOtherThanText(value, day) && !/ #/.test(value)
    ? value
    : JSON.stringify(value);
}
