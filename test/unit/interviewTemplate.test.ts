import assert from 'node:assert/strict';
import { parseNote, type InterviewNote } from '../../src/core/notes/note';
import { DEFAULT_INTERVIEW_TEMPLATE, renderInterviewNote, type NewInterview } from '../../src/core/letters/templates';
import { parseDay } from '../../src/core/shared/days';

const FIELDS: NewInterview = {
  company: 'Acme Corp', role: 'Engineer', stage: 'onsite', date: '2026-11-19 14:00', contactVia: 'email',
  interviewers: [{ name: 'Jane Smith', title: 'Engineering Manager' }],
};

function model(text: string): InterviewNote {
  const parsed = parseNote(text);
  assert.deepEqual(parsed.problems, []);
  assert.equal(parsed.model?.type, 'interview');
  return parsed.model as InterviewNote;
}

describe('the new interview note template', () => {
  it('writes the decision date and the references when given', () => {
    const text = renderInterviewNote(DEFAULT_INTERVIEW_TEMPLATE, { ...FIELDS, decisionExpected: '2026-11-28', references: ['Dana Lee', 'Sam Ortiz'] });
    assert.match(text, /\ndecision_expected: 2026-11-28\n/);
    assert.match(text, /\nreferences: \[Dana Lee, Sam Ortiz\]\n/);
    const note = model(text);
    assert.equal(note.decisionExpected?.value, parseDay('2026-11-28'));
    assert.deepEqual(note.references.map((r) => r.value), ['Dana Lee', 'Sam Ortiz']);
  });

  it('writes each interviewer\'s e-mail address when given, and none for those without', () => {
    const text = renderInterviewNote(DEFAULT_INTERVIEW_TEMPLATE, { ...FIELDS, interviewers: [{ name: 'Jane Smith', title: 'Engineering Manager', email: 'jane.smith@acme.example' }, { name: 'Raj Patel', title: '', email: ' ' }] });
    assert.match(text, /\n  - name: Jane Smith\n    title: Engineering Manager\n    email: jane.smith@acme.example\n  - name: Raj Patel\n    title:\n/);
    const note = parseNote(text).model as InterviewNote;
    assert.deepEqual(note.interviewers.map((p) => p.email?.value), ['jane.smith@acme.example', undefined]);
  });

  it('leaves decision_expected empty and the references an empty list when not given', () => {
    const text = renderInterviewNote(DEFAULT_INTERVIEW_TEMPLATE, FIELDS);
    assert.match(text, /\ndecision_expected:\n/);
    assert.match(text, /\nreferences: \[\]\n/);
    const note = model(text);
    assert.equal(note.decisionExpected, undefined);
    assert.deepEqual(note.references, []);
  });

  it('quotes a reference that a flow list would split or misread', () => {
    const text = renderInterviewNote(DEFAULT_INTERVIEW_TEMPLATE, { ...FIELDS, references: ['Lee [former manager]', 'O\'Brien: mentor', '#1 fan'] });
    assert.deepEqual(model(text).references.map((r) => r.value), ['Lee [former manager]', 'O\'Brien: mentor', '#1 fan']);
  });
});
