/**
 * Plans edits to a note's front-matter, and never returns one that has not been verified.
 *
 * First choice, the byte planner (yamlBytePlanner): only the bytes of the value being changed, or
 * the lines being added, change; comments, key order, quoting, line endings and a BOM stay as they
 * are. For shapes it cannot serve, the `yaml` package's Document re-prints the front-matter (comments
 * kept, some spacing and quoting normalised). Either result must pass `verifyEdit`: read again by
 * the full parser it holds exactly the old data plus the intended change, and nothing outside the
 * front-matter moved. Otherwise the edit is refused with a reason naming the line.
 */
import { verifyEdit, type EditOperation } from './editVerify';
import { planBytes } from './yamlBytePlanner';
import { planWithDocument } from './yamlDocumentPlanner';
import { TextLines } from './textLines';
import { asSentence } from './text';

export type { EditOperation, PathSegment } from './editVerify';

/** A replacement of [start, end) offsets in the text the plan was made from. */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type EditPlan =
  | { readonly ok: true; readonly changes: readonly TextChange[]; /** 'bytes': minimal changes; 'document': the front-matter re-printed. */ readonly method?: 'bytes' | 'document' }
  | { readonly ok: false; readonly reason: string };

/** Plans one or more operations against `text` (the document text without a BOM). */
export function planFrontMatterEdit(text: string, operations: readonly EditOperation[]): EditPlan {
  const bytes = planBytes(text, operations);
  let refusal: string | undefined = bytes.ok ? undefined : bytes.reason;
  if (bytes.ok) {
    if (bytes.changes.length === 0) return { ok: true, changes: [], method: 'bytes' };
    const verdict = verify(text, bytes.changes, operations);
    if (verdict.ok) return { ok: true, changes: bytes.changes, method: 'bytes' };
    refusal = verdict.reason;
  }
  const document = planWithDocument(text, operations);
  if (!document.ok) return { ok: false, reason: bytes.ok ? `${refusal} ${document.reason}` : refusal! };
  const verdict = verify(text, document.changes, operations);
  return verdict.ok ? { ok: true, changes: document.changes, method: 'document' } : { ok: false, reason: bytes.ok ? refusal! : verdict.reason };
}

function verify(text: string, changes: readonly TextChange[], operations: readonly EditOperation[]): { ok: true } | { ok: false; reason: string } {
  const firstLine = changes.length > 0 ? new TextLines(text).positionAt(changes[0].start).line : 0;
  const verdict = verifyEdit(text, applyChanges(text, changes), operations, firstLine);
  return verdict.ok ? verdict : { ok: false, reason: asSentence(verdict.reason) };
}

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
