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

const RESERVED_PLAIN = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** A YAML scalar for block context: plain when that reads back identically (in every schema), else double-quoted. */
export function yamlScalar(value: string): string {
  const plainSafe =
    value !== '' &&
    /^[^\-?:,[\]{}#&*!|>'"%@`\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/u.test(value) &&
    !/[\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]$/u.test(value) &&
    !/: |:$| #|[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/u.test(value) &&
    !RESERVED_PLAIN.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

/** A YAML scalar for flow context (`[...]`, `{...}`): plain only for simple words, dates and names. */
export function flowScalar(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} ._/@+-]*$/u.test(value) && !/ $/.test(value) && !RESERVED_PLAIN.test(value) && !/ #/.test(value)
    ? value
    : JSON.stringify(value);
}
