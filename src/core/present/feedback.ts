/**
 * What a person is told after a command writes to a note (or decides not to): what was recorded,
 * where, and what follows from it. The editor adds Undo and Open Note; the CLI prints the same words.
 */
import { formatDay } from '../shared/days';
import type { Locale } from 'date-fns';
import type { InterviewNote } from '../notes/note';
import type { NoteIndex } from '../notes/noteIndex';
import { shortDate } from './presentation';
import type { Day, DueAction, Status } from '../shared/types';

/** "Recorded thank_you_sent: 2026-12-06 on Jane Smith in acme.md." */
export function recordedMessage(summary: string, file: string, method: 'bytes' | 'document' = 'bytes'): string {
  const reprinted = method === 'document' ? ' (its front-matter was re-printed: quoting or spacing may have changed)' : '';
  return `Recorded ${summary} in ${file}${reprinted}.`;
}

/** "acme.md: nothing to change (already rejected since 2026-11-23)." */
export function unchangedMessage(summary: string, file: string): string {
  return `${file}: nothing to change (${summary}).`;
}

/** "Undone: thank_you_sent: 2026-12-06 on Jane Smith is no longer recorded in acme.md (restored as it was)." */
export function undoneMessage(summary: string, file: string): string {
  return `Undone: ${summary} is no longer recorded in ${file} (restored as it was).`;
}

/** The question before Mark Letter Sent records, on an interviewer, a thank-you that has no letter. */
export function thankedWithoutLetterQuestion(action: Pick<DueAction, 'person' | 'company'>, day: Day): { message: string; detail: string } {
  const who = action.person ?? 'this interviewer';
  return {
    message: `${who} has no thank-you letter in your notes. Record that you thanked ${action.person ? 'them' : 'this person'} without one?`,
    detail: `This writes thank_you_sent: ${formatDay(day)} on ${who} in the interview note${action.company ? ` for ${action.company}` : ''}. To write a letter instead, use Draft Thank-You.`,
  };
}

/**
 * After an outcome is recorded: what it changes for the other interviews. Accepting an offer gives
 * each other waiting or offer interview a `withdraw` action (and stops their follow-ups).
 */
export function outcomeConsequence(index: NoteIndex, file: string, status: Status): string | undefined {
  if (status !== 'accepted') return undefined;
  const others = index.interviews()
    .filter((i) => i.file !== file && ['waiting', 'offer'].includes(i.model.status?.value ?? 'waiting'))
    .map((i) => i.model.company?.value ?? i.file);
  if (others.length === 0) return undefined;
  const names = others.length <= 3 ? others.join(', ') : `${others.slice(0, 2).join(', ')} and ${others.length - 2} others`;
  return `${others.length === 1 ? 'One other interview now has' : `${others.length} other interviews now have`} a Withdraw action (${names}): tell them courteously; their follow-up calls stop.`;
}

/** "rejected since Mon 23 Nov", "waiting (no status recorded)": the current status, as Record Outcome shows it. */
export function currentStatusLabel(model: Pick<InterviewNote, 'status' | 'statusDate'>, today: Day, locale?: Locale): string {
  const status = model.status?.value ?? 'waiting';
  if (!model.status) return `${status} (no status recorded)`;
  return model.statusDate ? `${status} since ${shortDate(model.statusDate.value, today, locale)}` : status;
}
