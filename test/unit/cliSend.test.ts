import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { main } from '../../src/cli';

const INTERVIEW = `---
type: interview
company: Acme Corp
role: Senior Engineer
date: 2026-11-19
interviewers:
  - name: Jane Smith
    title: Engineering Manager
    email: jane.smith@acme.example
    salutation: Ms. Smith
  - name: Raj Patel
    title: Staff Engineer
---
`;

const letter = (to: string, via = 'email') => `---
type: thank-you
interview: "[[acme]]"
to: ${to}
via: ${via}
sent:
---
Subject: Thank you — Senior Engineer interview

Dear Ms. Smith,

Thank you for **meeting** me. See [my work](https://sam.example/work).

Best regards,
Sam
`;

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await main(args, (t) => (out += t), (t) => (err += t));
    return { code, out, err };
  } finally {
    process.chdir(before);
  }
}

describe('interview-followup send', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ifu-send-'));
    mkdirSync(join(dir, '.vscode'));
    writeFileSync(join(dir, '.vscode', 'settings.json'), '{ "interviewFollowUp.senderName": "Sam Candidate", "interviewFollowUp.senderEmail": "sam@example.com" }');
    mkdirSync(join(dir, 'letters'));
    writeFileSync(join(dir, 'acme.md'), INTERVIEW);
    writeFileSync(join(dir, 'letters', 'jane.md'), letter('Jane Smith'));
    writeFileSync(join(dir, 'letters', 'raj.md'), letter('Raj Patel'));
    writeFileSync(join(dir, 'letters', 'raj-mail.md'), letter('Raj Patel', 'mail'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the letter as plain text by default, and changes no file', async () => {
    const before = readFileSync(join(dir, 'letters', 'jane.md'), 'utf8');
    const r = await run(['send', 'letters/jane.md'], dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'Dear Ms. Smith,\n\nThank you for meeting me. See my work <https://sam.example/work>.\n\nBest regards,\nSam\n');
    assert.equal(readFileSync(join(dir, 'letters', 'jane.md'), 'utf8'), before);
  });

  it('prints the mailto: link to the interviewer\'s address (the wiki link followed)', async () => {
    const r = await run(['send', 'letters/jane.md', '--mailto'], dir);
    assert.equal(r.code, 0, r.err);
    const url = new URL(r.out.trim());
    assert.equal(url.protocol, 'mailto:');
    assert.equal(decodeURIComponent(url.pathname), 'jane.smith@acme.example');
    const params = new URLSearchParams(url.search);
    assert.equal(params.get('subject'), 'Thank you — Senior Engineer interview');
    assert.match(params.get('body') ?? '', /^Dear Ms\. Smith,\r\n\r\nThank you for meeting me\./);
  });

  it('writes an .eml draft to a new file, from the sender in the settings, and never over a file', async () => {
    const r = await run(['send', 'letters/jane.md', '--eml', 'jane.eml'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /wrote the draft to jane\.eml/);
    const mail = await simpleParser(readFileSync(join(dir, 'jane.eml')));
    assert.equal(mail.subject, 'Thank you — Senior Engineer interview');
    assert.deepEqual(mail.from?.value, [{ address: 'sam@example.com', name: 'Sam Candidate' }]);
    assert.equal(mail.headers.get('x-unsent'), '1');
    assert.match(mail.text ?? '', /See my work <https:\/\/sam\.example\/work>\./);
    const again = await run(['send', 'letters/jane.md', '--eml', 'jane.eml'], dir);
    assert.equal(again.code, 1);
    assert.match(again.err, /jane\.eml exists already/);
  });

  it('refuses a mailto or .eml without an address, or for a letter that goes by mail (exit 1), and bad usage (exit 2)', async () => {
    const noAddress = await run(['send', 'letters/raj.md', '--mailto'], dir);
    assert.equal(noAddress.code, 1);
    assert.match(noAddress.err, /acme\.md has no e-mail address for Raj Patel: add "email:" under Raj Patel there\./);
    const byMail = await run(['send', 'letters/raj-mail.md', '--eml', 'raj.eml'], dir);
    assert.equal(byMail.code, 1);
    assert.match(byMail.err, /goes by mail/);
    assert.equal((await run(['send', 'letters/raj-mail.md'], dir)).code, 0, 'its text is printed for any medium');
    await assert.rejects(run(['send', 'letters/jane.md', '--mailto', '--text'], dir), /give one of/);
    await assert.rejects(run(['send', 'letters/jane.md', '--eml', 'x.txt'], dir), /ending in \.eml/);
    await assert.rejects(run(['send', 'letters/none.md'], dir), /no such file/);
  });
});
