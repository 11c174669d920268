import { addBusinessDays, businessDaysBetween } from '../shared/businessDays';
import { addDays } from '../shared/days';
import type { InterviewNote } from '../notes/note';
import { actionsForFile } from '../schedule/schedule';
import { longDate } from '../letters/templates';
import { FIRST_LINE, type CheckedDocument } from './document';

/** Deadlines, the decision date and the rhythm of follow-ups in an interview note. */
export function checkInterview(doc: CheckedDocument, model: InterviewNote): void {
  const { context, index, file } = doc.input;
  const waiting = (model.status?.value ?? 'waiting') === 'waiting';

  if (waiting && !model.decisionExpected) {
    const at = model.date?.keyRange ?? FIRST_LINE;
    const present = doc.parsed.frontMatter?.root.entries.find((e) => e.key === 'decision_expected');
    doc.add({
      code: 'decision-date-missing',
      severity: 'information',
      message: 'When do they expect to decide? Ask at the end of the interview, then record it as decision_expected: the follow-up call is timed by it.',
      range: present?.keyRange ?? at,
      fixes: present ? [] : doc.insertKeyFix('decision_expected'),
    });
  }
  // With an offer accepted elsewhere there is nothing to be patient about: the note owes a withdraw.
  const acceptedElsewhere = index.accepted().some((a) => a.file !== file);
  if (waiting && !acceptedElsewhere && model.decisionExpected && model.decisionExpected.value < doc.today) {
    doc.add({
      code: 'decision-date-passed',
      severity: 'information',
      message: `They expected to decide by ${longDate(model.decisionExpected.value)}. Be patient: hiring often takes longer than planned. Follow up politely rather than often.`,
      range: model.decisionExpected.range,
    });
  }

  const actions = actionsForFile(index, file, context);
  for (const action of actions) {
    if (action.kind === 'thank-you' && action.state === 'overdue') {
      const i = model.interviewers.findIndex((p) => (p.name?.value ?? null) === action.person);
      const person = model.interviewers[i];
      doc.add({
        code: 'thank-you-overdue',
        severity: 'warning',
        message: `The thank-you to ${action.person ?? 'this interviewer'} was due ${longDate(action.due!)}, two business days after the interview. Send it today: a late note is better than none.`,
        range: person?.name?.range ?? person?.range ?? action.range!,
        fixes: action.person === null ? [] : doc.commandFix('Mark sent today', { verb: 'mark-done', kind: 'thank-you', person: action.person, day: doc.today }),
      });
    }
    if ((action.kind === 'follow-up-call' || action.kind === 'follow-up-again') && action.state === 'overdue') {
      doc.add({
        code: 'follow-up-overdue',
        severity: 'warning',
        message: action.kind === 'follow-up-call'
          ? `The follow-up call to ${action.company ?? 'the employer'} was due ${longDate(action.due!)} (${callTimetable(model, context)}). Call to ask about the position, then log it.`
          : `It is time to follow up with ${action.company ?? 'the employer'} again (due ${longDate(action.due!)}). Then log it.`,
        range: action.range ?? FIRST_LINE,
        fixes: [{ kind: 'command', title: 'Log follow-up…', command: 'logFollowUp' }],
      });
    }
  }

  const logged = model.followUps.filter((f) => f.date).sort((a, b) => a.date!.value - b.date!.value);
  const minGap = context.settings.minFollowUpGapBusinessDays;
  for (let i = 1; i < logged.length; i++) {
    const gap = businessDaysBetween(logged[i - 1].date!.value, logged[i].date!.value, context.calendar);
    if (gap < minGap) {
      doc.add({
        code: 'follow-up-too-soon',
        severity: 'warning',
        message: `This follow-up came ${gap === 0 ? 'on the same business day as' : `${gap} business day${gap === 1 ? '' : 's'} after`} the previous one. Keep following up, but don't go overboard: leave at least ${minGap} business days between contacts.`,
        range: logged[i].date!.range,
      });
    }
  }
}


/** Why the follow-up call falls when it does: the usual week to ten days, or their sooner decision. */
function callTimetable(model: InterviewNote, context: CheckedDocument['input']['context']): string {
  const D = model.date?.value.day;
  const decision = model.decisionExpected?.value;
  if (D !== undefined && decision !== undefined && addBusinessDays(decision, 1, context.calendar) < addDays(D, context.settings.followUpCallDays[1])) {
    return 'a business day after they expected to decide';
  }
  return 'a week to ten days after the interview';
}
