import assert from 'node:assert/strict';
import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { parse as parseHtml } from 'parse5';
import { emlDraft, mailtoLink, MAILTO_LIMIT, outgoingLetter, printView } from '../../src/core/letters/sending';
import { markdownToPlainText } from '../../src/core/letters/plainText';
import { parseNote, type InterviewNote, type LetterNote } from '../../src/core/notes/note';

const INTERVIEW = `---
type: interview
company: Zürich Bänk
role: Senior Engineer
date: 2026-11-19
interviewers:
  - name: Zoë Müller-Ćorić
    title: Engineering Manager
    email: zoe.mueller@bank.example
    salutation: Ms. Müller
  - name: Raj Patel
    title: Staff Engineer
---
`;

const interview = parseNote(INTERVIEW).model as InterviewNote;

function letter(to: string, body: string, via = 'email'): { text: string; model: LetterNote } {
  const text = `---\ntype: thank-you\ninterview: ../i.md\nto: ${to}\nvia: ${via}\nsent:\n---\n${body}`;
  return { text, model: parseNote(text).model as LetterNote };
}

const BODY = `Subject: Thank **you** — Senior Engineer interview

Dear Ms. Müller,

Thank you for *meeting* me on Thursday. I enjoyed hearing about the [payments team](https://bank.example/teams/payments)
and the \`ledger\` rewrite.

- idempotency keys
- on-call load

<!-- remember: mention the blog post -->
Best regards,
Sam Candidate
https://sam.example
`;

/** Reads a `mailto:` link back as a URL: the address, and the hfields decoded by URLSearchParams. */
function readMailto(url: string): { to: string; subject: string | null; body: string | null } {
  const parsed = new URL(url);
  assert.equal(parsed.protocol, 'mailto:');
  // In a mailto link "+" is a plus sign, not a space (RFC 6068): it must have been written as %2B.
  assert.ok(!parsed.search.includes('+'), 'no bare "+" in the hfields');
  const params = new URLSearchParams(parsed.search);
  return { to: decodeURIComponent(parsed.pathname), subject: params.get('subject'), body: params.get('body') };
}

describe('sending a letter', () => {
  describe('the letter as plain text', () => {
    it('drops the front-matter and the Markdown, keeps paragraphs, line breaks, links and lists', () => {
      const { text, model } = letter('Zoë Müller-Ćorić', BODY);
      const out = outgoingLetter(text, model, interview);
      assert.equal(out.subject, 'Thank you — Senior Engineer interview');
      assert.equal(out.subjectWritten, true);
      assert.deepEqual(out.to, { name: 'Zoë Müller-Ćorić', email: 'zoe.mueller@bank.example' });
      assert.equal(
        out.body,
        'Dear Ms. Müller,\n\n' +
          'Thank you for meeting me on Thursday. I enjoyed hearing about the payments team <https://bank.example/teams/payments>\n' +
          'and the ledger rewrite.\n\n' +
          '- idempotency keys\n- on-call load\n\n' +
          'Best regards,\nSam Candidate\nhttps://sam.example',
      );
    });

    it('renders numbered and nested lists, quotes, references, escapes and hard breaks readably', () => {
      const md = '1. first\n2. second\n   - inner\n\n> quoted **text**\n\nSee [the post][p] and \\*stars\\*.  \nNext line\n\n[p]: https://x.example/post\n';
      assert.equal(markdownToPlainText(md), '1. first\n2. second\n   - inner\n\n> quoted text\n\nSee the post <https://x.example/post> and *stars*.\nNext line');
    });

    it('makes a subject from the role when the letter has no subject line, and keeps mail layout lines', () => {
      const { text, model } = letter('Raj Patel', '12 Elm Street\nSpringfield\n\nDear Raj,\n\nThanks.\n', 'mail');
      const out = outgoingLetter(text, model, interview);
      assert.equal(out.subject, 'Thank you: Senior Engineer interview');
      assert.equal(out.subjectWritten, false);
      assert.equal(out.via, 'mail');
      assert.equal(out.to.email, undefined);
      assert.equal(out.body, '12 Elm Street\nSpringfield\n\nDear Raj,\n\nThanks.');
      // On paper a subject line stays in the letter, where it was written.
      const paper = letter('Raj Patel', 'Subject: Our meeting\n\nDear Raj,\n', 'fax');
      assert.equal(outgoingLetter(paper.text, paper.model, interview).body, 'Subject: Our meeting\n\nDear Raj,');
    });
  });

  describe('the mailto: link', () => {
    it('reads back as the address, the subject and the body with CRLF line breaks', () => {
      const { text, model } = letter('Zoë Müller-Ćorić', BODY);
      const out = outgoingLetter(text, model, interview);
      const link = mailtoLink(out);
      assert.equal(link.bodyInLink, true);
      const read = readMailto(link.url);
      assert.equal(read.to, 'zoe.mueller@bank.example');
      assert.equal(read.subject, out.subject);
      assert.equal(read.body, out.body.replace(/\n/g, '\r\n'));
    });

    it('encodes "&", "=", "+", "#", "%" and "?" in subject and body so no field leaks into another', () => {
      const tricky = { to: { name: 'A', email: 'a+b@x.example' }, subject: 'Q&A = 100% #1?', body: 'x&body=evil\n+1 ?cc=boss@x.example' };
      const read = readMailto(mailtoLink(tricky).url);
      assert.equal(read.to, 'a+b@x.example');
      assert.equal(read.subject, tricky.subject);
      assert.equal(read.body, 'x&body=evil\r\n+1 ?cc=boss@x.example');
      assert.equal(new URLSearchParams(new URL(mailtoLink(tricky).url).search).has('cc'), false);
    });

    it('leaves a body that makes the link too long out of it, keeping address and subject', () => {
      const long = { to: { name: 'A', email: 'a@x.example' }, subject: 'Thanks', body: 'ü'.repeat(MAILTO_LIMIT) };
      const link = mailtoLink(long);
      assert.equal(link.bodyInLink, false);
      assert.ok(link.url.length <= MAILTO_LIMIT);
      const read = readMailto(link.url);
      assert.deepEqual([read.to, read.subject, read.body], ['a@x.example', 'Thanks', null]);
      // The limit is the whole link's length.
      const fits = { ...long, body: 'a'.repeat(100) };
      assert.equal(mailtoLink(fits, mailtoLink(fits).url.length).bodyInLink, true);
      assert.equal(mailtoLink(fits, mailtoLink(fits).url.length - 1).bodyInLink, false);
    });
  });

  describe('for any text', () => {
    // Text as people type it: any Unicode but control characters other than the line break.
    const typed = fc.string({ unit: 'grapheme', maxLength: 80 }).map((t) => t.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ''));
    const oneLine = typed.map((t) => t.replace(/\s+/g, ' ').trim());

    it('the mailto: link reads back as the subject and body written', () => {
      fc.assert(fc.property(oneLine, typed, (subject, body) => {
        const link = mailtoLink({ to: { name: 'A', email: 'a.b+c@x.example' }, subject, body }, 100_000);
        const read = readMailto(link.url);
        assert.equal(read.to, 'a.b+c@x.example');
        assert.equal(read.subject, subject);
        assert.equal(read.body, body.replace(/\r?\n/g, '\r\n'));
      }), { numRuns: 300 });
    });

    it('the .eml draft reads back with mailparser as the name, subject and body written', async () => {
      await fc.assert(fc.asyncProperty(oneLine.filter((t) => t !== ''), oneLine.filter((t) => /\S/.test(t)), typed, async (name, subject, body) => {
        const mail = await simpleParser(emlDraft({ to: { name, email: 'a@x.example' }, subject, body }, { date: new Date(0) }));
        assert.equal(mail.subject, subject);
        const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
        assert.equal(to?.value[0].address, 'a@x.example');
        assert.equal(to?.value[0].name, name);
        assert.equal(mail.text?.replace(/\r\n/g, '\n'), `${body.replace(/\r\n/g, '\n')}\n`);
      }), { numRuns: 150 });
    });
  });

  describe('the .eml draft', () => {
    it('reads back with mailparser: accented names, UTF-8 subject and body, Date, X-Unsent', async () => {
      const { text, model } = letter('Zoë Müller-Ćorić', BODY);
      const out = outgoingLetter(text, model, interview);
      const date = new Date(Date.UTC(2026, 10, 20, 15, 30, 0));
      const eml = emlDraft(out, { from: { name: 'Sam Cañdidate', email: 'sam@example.com' }, date });
      assert.ok(/^[\x00-\x7f]*$/.test(eml), 'the message is 7-bit ASCII');
      assert.ok(!/[^\r]\n/.test(eml), 'every line ends in CRLF');
      assert.ok(eml.split('\r\n').every((line) => line.length <= 78), 'no line is longer than 78 characters');
      const mail = await simpleParser(eml);
      assert.equal(mail.subject, out.subject);
      const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
      assert.deepEqual(to?.value, [{ address: 'zoe.mueller@bank.example', name: 'Zoë Müller-Ćorić' }]);
      assert.deepEqual(mail.from?.value, [{ address: 'sam@example.com', name: 'Sam Cañdidate' }]);
      assert.equal(mail.text?.replace(/\r\n/g, '\n').trimEnd(), out.body);
      assert.equal(mail.date?.getTime(), date.getTime());
      assert.equal(mail.headers.get('x-unsent'), '1');
      assert.equal(mail.headers.get('mime-version'), '1.0');
    });

    it('folds a long subject, quotes a name with specials, and keeps header breaks out of values', async () => {
      const subject = `Thank you ${'very '.repeat(30)}much`;
      const out = { to: { name: 'Smith, Jane "JJ"', email: 'jane@x.example' }, subject: `${subject}\r\nBcc: evil@x.example`, body: 'Hi.' };
      const eml = emlDraft(out, { date: new Date(0) });
      const mail = await simpleParser(eml);
      assert.equal(mail.subject, `${subject} Bcc: evil@x.example`);
      assert.equal(mail.bcc, undefined);
      assert.equal(mail.from, undefined);
      const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
      assert.deepEqual(to?.value, [{ address: 'jane@x.example', name: 'Smith, Jane "JJ"' }]);
    });

    it('encodes a long non-ASCII subject in words that never split a character', async () => {
      const subject = 'Merci beaucoup pour l’entretien — 東京オフィスでの面接、ありがとうございました。'.repeat(2);
      const eml = emlDraft({ to: { name: 'Ünal', email: 'u@x.example' }, subject, body: 'Ça va.' }, { date: new Date(0) });
      const mail = await simpleParser(eml);
      assert.equal(mail.subject, subject);
      assert.equal(mail.text?.trimEnd(), 'Ça va.');
    });
  });

  describe('the print view', () => {
    it('shows the text escaped, runs nothing, and allows only its own style', () => {
      const hostile = { to: { name: '<img src=x onerror=alert(1)>' }, via: 'mail' as const, subject: 's', subjectWritten: false, body: 'Dear <script>alert(1)</script> & "you",\n\n<img src="https://tracker.example/p.gif">' };
      const html = printView(hostile, 'abc123');
      const document = parseHtml(html);
      const elements: { tag: string; attrs: { name: string; value: string }[]; text: string }[] = [];
      const walk = (node: any): void => {
        if (node.tagName) elements.push({ tag: node.tagName, attrs: node.attrs, text: (node.childNodes ?? []).filter((c: any) => c.nodeName === '#text').map((c: any) => c.value).join('') });
        for (const child of node.childNodes ?? []) walk(child);
      };
      walk(document);
      const tags = new Set(elements.map((e) => e.tag));
      assert.ok(!tags.has('script') && !tags.has('img'), `no script or image elements: ${[...tags].join(', ')}`);
      const letterDiv = elements.find((e) => e.attrs.some((a) => a.name === 'class' && a.value === 'letter'));
      assert.equal(letterDiv?.text, hostile.body);
      assert.equal(elements.find((e) => e.tag === 'title')?.text, `Letter to ${hostile.to.name}`);
      const csp = elements.find((e) => e.tag === 'meta' && e.attrs.some((a) => a.value === 'Content-Security-Policy'))?.attrs.find((a) => a.name === 'content')?.value;
      assert.equal(csp?.split(';')[0], "default-src 'none'");
      assert.ok(csp?.includes("style-src 'nonce-abc123'") && !csp.includes('script-src'));
    });
  });
});
