import assert from 'node:assert/strict';
import { planNoteCommand, type NoteCommand } from '../../src/core/edits/noteCommands';
import { parseNote, type InterviewNote } from '../../src/core/notes/note';
import type { Day } from '../../src/core/shared/types';
import type { YNode } from '../../src/core/notes/yamlTree';
import { day } from './helpers';

/** Notes written the way people write them: comments, quoting, flow lists, odd key order. */
const VARIANTS: Record<string, string> = {
  plain: '---\ntype: interview\ncompany: Acme\ndate: 2026-11-19\ninterviewers:\n  - name: Jo Park\n    title: CTO\n---\nBody.\n',
  comments: '---\n# my notes\ntype: interview # yes\ncompany: Acme   # the big one\n\ndate: 2026-11-19\ninterviewers:  # two of them\n  - name: Jo Park # CTO\n    title: CTO\n  # nobody else\n---\nBody # not a comment.\n',
  quoted: '---\ntype: "interview"\ncompany: \'Acme, Inc.\'\ndate: "2026-11-19"\nstatus: "waiting"\nsent: ""\ninterviewers:\n  - name: "Jo Park"\n    title: \'CTO\'\n---\n',
  flow: '---\ntype: interview\ncompany: Acme\ndate: 2026-11-19\nreferences: [ Dana ,  Sam ]\nfollow_ups: []\ndone: {}\ninterviewers:\n  - {name: Jo Park, title: CTO}\n---\n',
  'odd order': '---\ninterviewers:\n- name: Jo Park\n  title: CTO\nsnooze:\n  network: 2026-11-01\ndate: 2026-11-19\ncompany: Acme\ntype: interview\nfollow_ups:\n- date: 2026-11-20\n  via: phone\n---\n',
  crlf: '---\r\ntype: interview\r\ncompany: Acme\r\ndate: 2026-11-19\r\ninterviewers:\r\n  - name: Jo Park\r\n    title: CTO\r\n---\r\nBody.\r\n',
  'zero-padded and odd scalars': '---\ntype: interview\ncompany: Acme\nzip: 01234\nyes_no: yes\nempty: ~\ndate: 2026-11-19\ninterviewers:\n  - name: Jo Park\n    title: CTO\n---\n',
};

const TODAY = day('2026-11-25') as Day;
/** What each command writes (the VS Code commands and the CLI verbs share these). */
function commandEdits(): Record<string, { command: NoteCommand; keys: string[]; check: (after: InterviewNote) => void }> {
  return {
    'Mark Done (thank-you)': { command: { verb: 'mark-done', kind: 'thank-you', person: 'Jo Park', day: TODAY }, keys: ['interviewers'], check: (a) => assert.equal(a.interviewers[0].thankYouSent?.value, TODAY) },
    'Mark Done (alert-references)': { command: { verb: 'mark-done', kind: 'alert-references', day: TODAY }, keys: ['references_alerted'], check: (a) => assert.equal(a.referencesAlerted?.value, TODAY) },
    'Mark Done (network)': { command: { verb: 'mark-done', kind: 'network', day: TODAY }, keys: ['done'], check: (a) => assert.equal(a.done.get('network')?.value, TODAY) },
    Snooze: { command: { verb: 'snooze', kind: 'follow-up-call', until: day('2026-12-01') }, keys: ['snooze'], check: (a) => assert.equal(a.snooze.get('follow-up-call')?.value, day('2026-12-01')) },
    'Record Outcome': {
      command: { verb: 'outcome', status: 'offer', day: TODAY },
      keys: ['status', 'status_date'],
      check: (a) => assert.deepEqual([a.status?.value, a.statusDate?.value], ['offer', TODAY]),
    },
    'Log Follow-Up': {
      command: { verb: 'log', date: TODAY, via: 'phone', note: 'Asked: any news? #2' },
      keys: ['follow_ups'],
      check: (a) => assert.equal(a.followUps[a.followUps.length - 1].note?.value, 'Asked: any news? #2'),
    },
  };
}

/** The tree without ranges, for comparing meaning. */
function plain(node: YNode | undefined): unknown {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(plain);
  return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)]));
}

describe('every command\'s edit, byte for byte', () => {
  for (const [variant, text] of Object.entries(VARIANTS)) {
    const before = parseNote(text);
    for (const [name, { command, keys, check }] of Object.entries(commandEdits())) {
      it(`${name} on a note with ${variant}`, function () {
        const plan = planNoteCommand(text, command);
        if (!plan.ok) {
          // Refusing is allowed only for values written on one line that cannot be extended safely.
          assert.match(plan.reason, /on one line/);
          this.skip();
        }
        const after = plan.text;
        // Each change replaces at most a value on one line, or only inserts.
        for (const change of plan.changes) {
          const removed = text.slice(change.start, change.end);
          assert.ok(removed.length <= 20 && !removed.includes('\n'), `only a value is replaced: ${JSON.stringify(removed)}`);
          if (text.includes('\r\n')) assert.ok(!/(^|[^\r])\n/.test(change.text), 'CRLF kept');
          else assert.ok(!change.text.includes('\r'));
        }
        const parsedAfter = parseNote(after);
        assert.equal(after.slice(parsedAfter.frontMatter!.bodyOffset), text.slice(before.frontMatter!.bodyOffset), 'the body is unchanged');
        // The intended value is there, and every other top-level value means the same.
        check(parsedAfter.model as InterviewNote);
        const keysTouched = new Set(keys);
        const was = plain(before.frontMatter!.root) as Record<string, unknown>;
        const now = plain(parsedAfter.frontMatter!.root) as Record<string, unknown>;
        for (const key of Object.keys(was)) if (!keysTouched.has(key)) assert.deepEqual(now[key], was[key], key);
        // Comments survive.
        for (const comment of text.match(/#.*$/gm) ?? []) assert.ok(after.includes(comment), comment);
      });
    }
  }
});
