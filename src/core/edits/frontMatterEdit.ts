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
import { TextLines } from '../shared/textLines';
import { asSentence } from '../shared/text';
import { applyChanges, type EditPlan, type TextChange } from './textChanges';

export type { EditOperation, PathSegment } from './editVerify';
export { applyChanges, flowScalar, minimalChange, yamlScalar, type EditPlan, type TextChange } from './textChanges';

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
