/** Which front-matter edit records that an action was done or snoozed. */
import { formatDay } from './days';
import type { EditOperation } from './frontMatterEdit';
import type { InterviewNote } from './note';
import { samePerson } from './schedule';
import type { Day, DueAction } from './types';

/**
 * Marks an action done the way its "done when" rule reads it: a thank-you sets `thank_you_sent` on
 * that interviewer (other interviewers still need theirs), alerting references sets
 * `references_alerted`; everything else sets `done.<kind>`.
 */
export function markDoneEdit(action: DueAction, interview: InterviewNote, today: Day): EditOperation[] {
  const day = formatDay(today);
  if (action.kind === 'thank-you' && action.person) {
    const index = interview.interviewers.findIndex((p) => p.name && samePerson(p.name.value, action.person!));
    if (index !== -1) return [{ op: 'set', path: ['interviewers', index, 'thank_you_sent'], value: day }];
  }
  if (action.kind === 'alert-references') return [{ op: 'set', path: ['references_alerted'], value: day }];
  return [{ op: 'set', path: ['done', action.kind], value: day }];
}

export function snoozeEdit(action: DueAction, until: Day): EditOperation[] {
  return [{ op: 'set', path: ['snooze', action.kind], value: formatDay(until) }];
}
