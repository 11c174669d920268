/** Scaffolds: new interview notes and thank-you letters. Pure text in, text out. */
import { differenceInCalendarDays, format, isSameWeek } from 'date-fns';
import { civilFromDay } from '../shared/days';
import { yamlScalar } from '../edits/frontMatterEdit';
import { localDateOf } from '../shared/localDate';
import type { InterviewNote } from '../notes/note';
import type { EnglishVariant, Settings } from '../shared/settings';
import type { ContactMedium, Day, LetterMedium } from '../shared/types';

export interface NewInterview {
  readonly company: string;
  readonly role: string;
  readonly stage: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`. */
  readonly date: string;
  readonly contactVia: ContactMedium;
  readonly interviewers: readonly { readonly name: string; readonly title: string }[];
  /** `YYYY-MM-DD` when they said they would decide; absent keeps the `ask-decision-date` action. */
  readonly decisionExpected?: string;
  /** The people to alert, in order. */
  readonly references?: readonly string[];
}

export const DEFAULT_INTERVIEW_TEMPLATE = `---
type: interview
company: {{company}}
role: {{role}}
stage: {{stage}}
date: {{date}}
decision_expected: {{decision_expected}}
contact_via: {{contact_via}}
status: waiting
references: {{references}}
interviewers:
{{interviewers}}
---
# {{company}}: {{role}}

## What we talked about

## What they asked me

## When they expect to decide
`;

/** An item of a YAML flow list (`[a, b]`): commas and brackets end a plain item there, so such items are quoted. */
function flowItem(value: string): string {
  return /[,[\]{}]/.test(value) ? JSON.stringify(value) : yamlScalar(value);
}

/**
 * Fills `{{company}}`, `{{role}}`, `{{stage}}`, `{{date}}`, `{{decision_expected}}`,
 * `{{contact_via}}`, `{{references}}` and `{{interviewers}}` in a template.
 */
export function renderInterviewNote(template: string, fields: NewInterview, eol = '\n'): string {
  const interviewers = fields.interviewers.length > 0
    ? fields.interviewers.map((p) => `  - name: ${yamlScalar(p.name)}${eol}    title: ${p.title ? yamlScalar(p.title) : ''}`.trimEnd()).join(eol)
    : '  - name:\n    title:'.replace(/\n/g, eol);
  const values: Record<string, string> = {
    company: fields.company,
    role: fields.role,
    stage: fields.stage,
    date: fields.date,
    decision_expected: fields.decisionExpected ?? '',
    contact_via: fields.contactVia,
  };
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string, offset: number, text: string) => {
    if (name === 'interviewers') return interviewers;
    if (name === 'references') return `[${(fields.references ?? []).map(flowItem).join(', ')}]`;
    const value = values[name];
    if (value === undefined) return whole;
    // Inside the front-matter a value must stay one YAML scalar; in the body it is plain text.
    const inFrontMatter = text.slice(0, offset).split(/\r?\n---\s*(\r?\n|$)/).length === 1;
    return inFrontMatter ? (value === '' ? '' : yamlScalar(value, name === 'date' || name === 'decision_expected')) : value;
  }).replace(/: +(\r?\n)/g, ':$1');
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'note';
}

export function interviewFileName(fields: Pick<NewInterview, 'company' | 'date'>): string {
  return `${fields.date.slice(0, 10)}-${slug(fields.company)}.md`;
}

/** The first free name: `name.md`, `name-2.md`, ... */
export function uniqueName(wanted: string, exists: (candidate: string) => boolean): string {
  if (!exists(wanted)) return wanted;
  const stem = wanted.replace(/\.md$/i, '');
  for (let n = 2; ; n++) if (!exists(`${stem}-${n}.md`)) return `${stem}-${n}.md`;
}

const OPENINGS = [
  'Thank you for taking the time to meet with me {when} about the {role} position at {company}.',
  'I appreciated the chance to speak with you {when} about joining {company} as {role_a}.',
  'Thank you for our conversation {when}; I enjoyed learning more about the {role} role at {company}.',
  'It was a pleasure to meet you {when} and to hear about the work behind the {role} position at {company}.',
];

const FIT_LINES = [
  'Our conversation confirmed my interest in the role.',
  'I left our meeting even more enthusiastic about the position.',
  'Everything you described makes me keen to contribute.',
  'The more I learn about the team, the better the fit looks to me.',
];

const CLOSINGS = [
  ['I look forward to hearing from you about the next steps.', 'Best regards,'],
  ['Thank you again for your time and consideration.', 'Kind regards,'],
  ['Please let me know if I can provide anything else that would help.', 'Sincerely,'],
  ['I would welcome the chance to continue the conversation.', 'With thanks,'],
] as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function longDate(day: Day): string {
  const c = civilFromDay(day);
  return `${MONTHS[c.month - 1]} ${c.day}, ${c.year}`;
}

/** The date line of a letter: "November 26, 2026" (US, and "both"), "26 November 2026" (GB). */
export function letterDate(day: Day, variant: EnglishVariant): string {
  return format(localDateOf(day), variant === 'gb' ? 'd MMMM yyyy' : 'MMMM d, yyyy');
}

/**
 * When the interview was, as a letter written today says it: "today", "on Thursday" (this
 * week), "last Thursday" (within the last seven days), else "on November 19" (with the year when
 * it is another year). Weeks start on Sunday in US English, on Monday in British English.
 */
export function interviewDayPhrase(interview: Day, today: Day, variant: EnglishVariant): string {
  const then = localDateOf(interview);
  const now = localDateOf(today);
  const ago = differenceInCalendarDays(now, then);
  if (ago === 0) return 'today';
  if (ago > 0 && ago <= 7) {
    const weekday = format(then, 'EEEE');
    return isSameWeek(then, now, { weekStartsOn: variant === 'gb' ? 1 : 0 }) ? `on ${weekday}` : `last ${weekday}`;
  }
  const sameYear = civilFromDay(interview).year === civilFromDay(today).year;
  const pattern = variant === 'gb' ? (sameYear ? 'd MMMM' : 'd MMMM yyyy') : sameYear ? 'MMMM d' : 'MMMM d, yyyy';
  return `on ${format(then, pattern)}`;
}

function withArticle(role: string): string {
  return `${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}`;
}

/** What a letter needs from the settings: the English it is dated in, and the sender's own details. */
export type LetterSettings = Pick<Settings, 'englishVariant' | 'senderName' | 'senderAddress' | 'senderPhone' | 'senderEmail'>;

export interface LetterDraft {
  /** The interview link as written in the letter (a path relative to the letter). */
  readonly interviewLink: string;
  readonly interview: InterviewNote;
  readonly recipient: { readonly name: string; readonly title?: string };
  /** Position of the recipient among the letters drafted for this interview: varies the wording. */
  readonly variant: number;
  readonly via: LetterMedium;
  readonly today: Day;
  readonly settings: LetterSettings;
}

/** The sender's details from the settings; a placeholder where a needed one is empty. */
function senderOf(settings: LetterSettings) {
  const address = settings.senderAddress.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const contact = [settings.senderPhone.trim(), settings.senderEmail.trim()].filter(Boolean);
  return {
    name: settings.senderName.trim() || '{{your name}}',
    address: address.length > 0 ? address : ['{{your street address}}', '{{your city, postcode}}'],
    contact,
  };
}

/**
 * A thank-you letter laid out for its medium. The sender's name, address and contact lines come
 * from the settings, so the `{{...}}` placeholders left are what only the candidate can write
 * (what was discussed, why they fit) and what the settings do not know.
 */
export function renderLetter(draft: LetterDraft, eol = '\n'): string {
  const { interview, recipient, via, variant, settings } = draft;
  const sender = senderOf(settings);
  const company = interview.company?.value ?? '{{company}}';
  const role = interview.role?.value ?? '{{role}}';
  const interviewDay = interview.date?.value.day;
  const dateLine = letterDate(draft.today, settings.englishVariant);
  const fill = (s: string) =>
    s.replace('{when}', interviewDay === undefined ? 'on {{the interview day}}' : interviewDayPhrase(interviewDay, draft.today, settings.englishVariant))
      .replace('{role_a}', interview.role ? withArticle(role) : role)
      .replace('{role}', role)
      .replace('{company}', company);
  const first = recipient.name.split(/\s+/)[0];
  const pick = <T>(list: readonly T[]) => list[variant % list.length];
  const [closingLine, signOff] = pick(CLOSINGS);

  const header: string[] = [];
  if (via === 'email') {
    header.push(`Subject: ${pick(['Thank you', 'Thank you for your time', 'Thanks for our conversation', 'Following up on our interview'])}: ${role} interview`, '');
  } else if (via === 'mail') {
    header.push(...sender.address, ...sender.contact, '', dateLine, '', recipient.name);
    if (recipient.title) header.push(recipient.title);
    header.push(company, '{{company street address}}', '{{company city, postcode}}', '');
  } else {
    header.push(`FAX: To ${recipient.name}${recipient.title ? `, ${recipient.title}` : ''}, ${company} | From ${sender.name} | ${dateLine} | Pages: 1`, '');
  }
  const body = [
    `Dear ${recipient.name},`,
    '',
    fill(pick(OPENINGS)),
    '',
    `{{a topic you discussed with ${first}, and what you took from it}}`,
    '',
    `${pick(FIT_LINES)} {{why you are the right person for the role: one or two strengths that match what they need}}`,
    '',
    closingLine,
    '',
    signOff,
    sender.name,
    // By mail the contact lines head the letter; otherwise they close it.
    ...(via === 'mail' ? [] : sender.contact),
  ];
  const frontMatter = [
    '---',
    'type: thank-you',
    `interview: ${yamlScalar(draft.interviewLink)}`,
    `to: ${yamlScalar(recipient.name)}`,
    `via: ${via}`,
    'sent:',
    '---',
  ];
  return [...frontMatter, ...header, ...body, ''].join(eol);
}

export function letterFileName(interviewFile: string, recipient: string): string {
  const stem = interviewFile.replace(/^.*\//, '').replace(/\.(md|markdown)$/i, '');
  return `${stem}-${slug(recipient)}.md`;
}

/** The medium a letter should use for an interview: its contact medium, or email when that is the phone. */
export function letterMedium(contactVia: ContactMedium | undefined): LetterMedium {
  return contactVia === 'mail' || contactVia === 'fax' ? contactVia : 'email';
}

