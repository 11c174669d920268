/** The rule engine: from the index of notes to the due follow-up actions (spec section 3). */
import { ADVICE } from './advice';
import { addBusinessDays, businessDayOnOrBefore, type WorkCalendar } from '../shared/businessDays';
import { addDays } from '../shared/days';
import { samePerson } from '../shared/person';
import { compareText } from '../shared/text';
import type { IndexedInterview, NoteIndex } from '../notes/noteIndex';
import { workCalendar, type Settings } from '../shared/settings';
import { ACTION_KINDS, type ActionKind, type ActionState, type Day, type DueAction, type Range } from '../shared/types';

export interface ScheduleContext {
  readonly today: Day;
  readonly settings: Settings;
  readonly calendar: WorkCalendar;
  /** Keep snoozed actions (they are open, only hidden): which kinds a note has open, for the writing commands. */
  readonly includeSnoozed?: boolean;
}

/** An interview with status `offer`, as `leverage-offer` reads it. */
interface Offer {
  readonly file: string;
  readonly company: string;
  /** The offer's `status_date`; undefined when the note does not say. */
  readonly day: Day | undefined;
}

/** An interview with status `accepted`, as `withdraw` reads it. */
type Accepted = Offer;

/** Per list of accepted interviews the index gives (the same array until one changes). */
const acceptedMemo = new WeakMap<readonly IndexedInterview[], Accepted[]>();

/** The accepted interviews of the whole index, earliest first (undated last). */
function acceptedOf(index: NoteIndex): Accepted[] {
  const listed = index.accepted();
  let accepted = acceptedMemo.get(listed);
  if (!accepted) acceptedMemo.set(listed, (accepted = sortOffers(listed)));
  return accepted;
}

/** Per list of offers the index gives (the same array until an offer changes): a keystroke elsewhere reuses it. */
const offersMemo = new WeakMap<readonly IndexedInterview[], Offer[]>();

/** The offers of the whole index, earliest first (undated last): computed once per schedule, not per interview. */
function offersOf(index: NoteIndex): Offer[] {
  const listed = index.offers();
  let offers = offersMemo.get(listed);
  if (!offers) offersMemo.set(listed, (offers = sortOffers(listed)));
  return offers;
}

function sortOffers(listed: readonly IndexedInterview[]): Offer[] {
  return listed
    .map(({ file, model }) => ({ file, company: model.company?.value ?? 'another employer', day: model.statusDate?.value }))
    .sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || compareText(a.file, b.file));
}

export function scheduleContext(today: Day, settings: Settings): ScheduleContext {
  return { today, settings, calendar: workCalendar(settings) };
}

export function stateOf(due: Day | null, today: Day): ActionState {
  if (due === null) return 'undated';
  return due < today ? 'overdue' : due === today ? 'today' : 'upcoming';
}

/** Every open, unsnoozed action in the index, sorted by due day (undated last). */
export function computeSchedule(index: NoteIndex, context: ScheduleContext): DueAction[] {
  const actions: DueAction[] = [];
  const offers = offersOf(index);
  const accepted = acceptedOf(index);
  for (const interview of index.interviews()) actions.push(...interviewActions(index, interview, context, offers, accepted));
  actions.push(...workspaceActions(index));
  return sortActions(actions);
}

/** The actions of one interview note (what changes when that note is edited). */
export function actionsForFile(index: NoteIndex, file: string, context: ScheduleContext): DueAction[] {
  const interview = index.interview(file);
  return interview ? sortActions(interviewActions(index, interview, context, offersOf(index), acceptedOf(index))) : [];
}

const KIND_ORDER = new Map(ACTION_KINDS.map((k, i) => [k, i]));

export function compareActions(a: DueAction, b: DueAction): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due - b.due;
  }
  // A fixed order (UTF-16 code units), never the locale's: the same notes give the same output everywhere.
  return (
    compareText(a.file ?? '\uffff', b.file ?? '\uffff') ||
    KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
    compareText(a.person ?? '', b.person ?? '')
  );
}

export function sortActions(actions: DueAction[]): DueAction[] {
  return actions.sort(compareActions);
}


function interviewActions(index: NoteIndex, { file, model }: IndexedInterview, ctx: ScheduleContext, offers: readonly Offer[], acceptedAll: readonly Accepted[]): DueAction[] {
  const { today, settings, calendar } = ctx;
  const company = model.company?.value ?? null;
  const status = model.status?.value ?? 'waiting';
  const waiting = status === 'waiting';
  // Another interview accepted: the others owe one courteous message (withdraw), not a campaign of
  // calls and offers to mention; their thank-yous stay.
  const accepted = acceptedAll.filter((a) => a.file !== file);
  const pursuing = waiting && accepted.length === 0;
  const D = model.date?.value.day;
  const at = company ? ` at ${company}` : '';
  const out: DueAction[] = [];

  /**
   * @param since for the kinds that come back (follow-up-again, leverage-offer): the day this
   *   occurrence began (the last follow-up, the newest offer); `done` closes it only if dated on or after.
   */
  const add = (kind: ActionKind, fields: { person?: string | null; title: string; due: Day | null; opens?: Day | null; range?: Range }, since?: Day) => {
    const done = model.done.get(kind);
    if (done && (since === undefined || done.value >= since)) return;
    const snoozedUntil = model.snooze.get(kind)?.value;
    if (snoozedUntil !== undefined && snoozedUntil > today && !ctx.includeSnoozed) return;
    out.push({
      kind,
      file,
      company,
      person: fields.person ?? null,
      title: fields.title,
      due: fields.due,
      opens: fields.opens ?? null,
      state: stateOf(fields.due, today),
      range: fields.range,
      advice: ADVICE[kind],
    });
  };
  const onWorkingDay = (day: Day) => businessDayOnOrBefore(day, calendar);
  const loggedDays = model.followUps.map((f) => f.date?.value).filter((d): d is Day => d !== undefined);

  if (D !== undefined) {
    if (waiting && !model.decisionExpected) {
      add('ask-decision-date', { title: `Ask ${company ?? 'the employer'} when they expect to decide`, due: D, range: model.date?.keyRange });
    }

    const incomplete = model.interviewers.filter((p) => !p.name || !p.title);
    if (model.interviewers.length === 0 || incomplete.length > 0) {
      add('record-interviewer', {
        title: model.interviewers.length === 0
          ? `Record the names and titles of your interviewers${at}`
          : `Record the ${incomplete.every((p) => p.name) ? 'title' : 'name and title'} of ${incomplete.map((p) => p.name?.value ?? 'an interviewer').join(', ')}${at}`,
        due: D,
        range: incomplete[0]?.range ?? model.interviewersKey ?? model.date?.keyRange,
      });
    }

    const thankYouDue = addBusinessDays(D, settings.thankYouBusinessDays, calendar);
    const letters = index.lettersFor(file);
    for (const person of model.interviewers) {
      const name = person.name?.value;
      if (person.thankYouSent) continue;
      if (name && letters.some((l) => l.model.sent && l.model.to && samePerson(l.model.to.value, name))) continue;
      add('thank-you', { person: name ?? null, title: `Send a thank-you note to ${name ?? 'an interviewer'}${at}`, due: thankYouDue, range: person.range });
    }

    if (waiting && model.references.length > 0 && !model.referencesAlerted) {
      const names = model.references.map((r) => r.value).join(', ');
      add('alert-references', {
        person: names,
        title: `Tell your references (${names}) that ${company ?? 'the employer'} may call`,
        due: addBusinessDays(D, 1, calendar),
        range: model.references[0].keyRange,
      });
    }

    if (pursuing && !loggedDays.some((d) => d >= D)) {
      const [opensAfter, dueAfter] = settings.followUpCallDays;
      let due = addDays(D, dueAfter);
      if (model.decisionExpected) {
        const soonerTimetable = addBusinessDays(model.decisionExpected.value, 1, calendar);
        if (soonerTimetable < due) due = soonerTimetable;
      }
      const opens = Math.min(addDays(D, opensAfter), due) as Day;
      // Never before the interview itself (a decision day written before it is a slip, reported by the
      // note): then on the first working day from the interview on.
      const notBefore = (day: Day) => (day < D ? addBusinessDays(addDays(D, -1), 1, calendar) : day);
      add('follow-up-call', {
        title: `Call ${company ?? 'the employer'} to follow up${model.role ? ` on the ${model.role.value} position` : ''}`,
        due: notBefore(onWorkingDay(due)),
        opens: notBefore(onWorkingDay(opens)),
        range: model.date?.keyRange,
      });
    }
  }

  if (pursuing && loggedDays.length > 0) {
    let last = model.followUps[0];
    for (const f of model.followUps) if (f.date && (!last.date || f.date.value >= last.date.value)) last = f;
    const due = last.next?.value ?? addDays(last.date!.value, settings.followUpIntervalDays);
    add('follow-up-again', {
      title: `Follow up with ${company ?? 'the employer'} again`,
      due: onWorkingDay(due),
      range: last.range,
    }, last.date!.value);
  }

  if (pursuing) {
    // Offers not yet followed up on: dated on or after the last follow-up (an undated one, until any follow-up is logged).
    const last = loggedDays.length > 0 ? Math.max(...loggedDays) : undefined;
    const open = offers.filter((o) => o.file !== file && (last === undefined || (o.day !== undefined && o.day >= last)));
    if (open.length > 0) {
      const first = open[0].day;
      const due = first === undefined ? null : addBusinessDays(first, 1, calendar);
      add('leverage-offer', {
        title: `Tell ${company ?? 'the employer'} you have ${open.length === 1 ? 'an offer' : 'offers'} from ${companyList(open.map((o) => o.company))}`,
        due: due !== null && D !== undefined && due < D ? D : due,
        range: model.status?.keyRange ?? model.date?.keyRange,
      }, open.reduce<Day | undefined>((newest, o) => (o.day !== undefined && (newest === undefined || o.day > newest) ? o.day : newest), undefined));
    }
  }

  if ((waiting || status === 'offer') && accepted.length > 0) {
    // The earliest acceptance sets the day (undated last); the title names the accepted company.
    const first = accepted[0];
    const due = first.day === undefined ? null : addBusinessDays(first.day, 1, calendar);
    add('withdraw', {
      title: `Tell ${company ?? 'the employer'} you have accepted an offer from ${companyList(accepted.map((a) => a.company))} and withdraw`,
      due: due !== null && D !== undefined && due < D ? D : due,
      range: model.status?.keyRange ?? model.date?.keyRange,
    });
  }

  if (status === 'rejected') {
    const decided = model.statusDate?.value;
    add('network', {
      title: `Stay in touch with your interviewers${at}: invite them into your network and ask for referrals`,
      due: decided === undefined ? null : addBusinessDays(decided, 2, calendar),
      range: model.status?.range,
    });
  }
  return out;
}

function workspaceActions(index: NoteIndex): DueAction[] {
  // An accepted offer ends the search.
  if (index.accepted().length > 0) return [];
  const waiting = index.interviews().filter((i) => (i.model.status?.value ?? 'waiting') === 'waiting').length;
  if (waiting > 1) return [];
  return [{
    kind: 'keep-searching',
    file: null,
    company: null,
    person: null,
    title: waiting === 0 ? 'Keep searching: no opportunity is open, line up new interviews' : 'Keep searching: only one opportunity is open, line up more interviews',
    due: null,
    opens: null,
    state: 'undated',
    advice: ADVICE['keep-searching'],
  }];
}

/** "Umbrella", "Umbrella and Globex", "Umbrella, Globex and 3 others": never a thousand names in a title. */
function companyList(companies: readonly string[]): string {
  const names = [...new Set(companies)];
  if (names.length <= 3) return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} others`;
}
