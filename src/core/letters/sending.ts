/**
 * Send Letter: what a thank-you letter becomes when it leaves the editor. The letter as plain text
 * with its subject line taken out, a `mailto:` link (RFC 6068) for the user's mail program, an
 * `.eml` draft (RFC 5322, MIME, UTF-8, `X-Unsent: 1`) that mail programs open as an unsent
 * message, and a print-ready page for letters that go by mail or fax. Pure: the editor and the
 * CLI hand the results to the mail program, a file or the clipboard.
 */
import { format } from 'date-fns';
import { findFrontMatter } from '../notes/frontMatter';
import type { InterviewNote, Interviewer, LetterNote } from '../notes/note';
import { samePerson } from '../shared/person';
import type { LetterMedium } from '../shared/types';
import { markdownToPlainText } from './plainText';

export interface OutgoingLetter {
  /** How the letter goes (`email` when the letter does not say). */
  readonly via: LetterMedium;
  /** The recipient: their name as in `to`, and the interview note's `email` for them when there is one. */
  readonly to: { readonly name: string; readonly email?: string };
  /** The letter's `Subject:` line, else a subject made from the role. */
  readonly subject: string;
  /** True when the subject came from the letter's own `Subject:` line. */
  readonly subjectWritten: boolean;
  /** The letter as plain text (no front-matter, no Markdown; an e-mail's subject line taken out), lines ending in `\n`. */
  readonly body: string;
}

/** A `Subject:` line that opens the letter's body (after blank lines). */
const SUBJECT_LINE = /^[ \t]*subject[ \t]*:[ \t]*(.*?)[ \t]*\r?$/i;

/** The interviewer a letter's `to` names, from its interview note. */
export function recipientOf(letter: LetterNote, interview: InterviewNote | undefined): Interviewer | undefined {
  const to = letter.to?.value;
  if (!to || !interview) return undefined;
  return interview.interviewers.find((p) => p.name && samePerson(p.name.value, to));
}

/**
 * The letter as it goes out. `text` is the letter file's text (without a BOM); the recipient's
 * address comes from the interview note (`interviewers[].email`).
 */
export function outgoingLetter(text: string, letter: LetterNote, interview: InterviewNote | undefined): OutgoingLetter {
  const block = findFrontMatter(text);
  let body = block.kind === 'yaml' ? text.slice(block.bodyOffset) : text;
  let subject: string | undefined;
  const via = letter.via?.value ?? 'email';
  const lines = body.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  // An e-mail's subject line goes into the message's Subject; on paper it stays where it is written.
  const m = first >= 0 && via === 'email' ? SUBJECT_LINE.exec(lines[first]) : null;
  if (m) {
    subject = markdownToPlainText(m[1]).replace(/\s+/g, ' ').trim();
    body = lines.slice(first + 1).join('\n');
  }
  const recipient = recipientOf(letter, interview);
  const role = interview?.role?.value;
  return {
    via,
    to: { name: recipient?.name?.value ?? letter.to?.value ?? '', email: recipient?.email?.value },
    subject: subject || (role ? `Thank you: ${role} interview` : 'Thank you'),
    subjectWritten: !!subject,
    body: markdownToPlainText(body),
  };
}

/**
 * Why the letter cannot go out as an e-mail as it stands, for a person; undefined when it can.
 * `interviewFile` names the note to add an address to.
 */
export function emailRefusal(letter: Pick<OutgoingLetter, 'via' | 'to'>, interviewFile: string | undefined): string | undefined {
  if (letter.via !== 'email') return `This letter goes by ${letter.via} (its "via"): print it or copy its text instead, or set "via: email" to e-mail it.`;
  if (!letter.to.name) return 'The letter does not say whom it is to: add "to:" with the interviewer\'s name.';
  if (!interviewFile) return 'The letter\'s "interview" does not lead to an interview note, so there is no address to send it to.';
  if (!letter.to.email) return `${interviewFile} has no e-mail address for ${letter.to.name}: add "email:" under ${letter.to.name} there.`;
  return undefined;
}

/** What the user is told when the body did not fit in the link and went to the clipboard instead. */
export function clipboardNotice(letter: Pick<OutgoingLetter, 'body'>): string {
  return `The letter (${letter.body.length.toLocaleString('en-US')} characters) is too long for a mail link: your mail program opens with the address and subject, and the text is on the clipboard: paste it into the message.`;
}

/** Longest `mailto:` link handed to a mail program: browsers and mail handlers on Windows cut links near 2,048 characters. */
export const MAILTO_LIMIT = 2000;

export interface MailLink {
  /** The `mailto:` link: address, subject and, when it fits, the body. */
  readonly url: string;
  /** The body is in the link; when false the user pastes it from the clipboard. */
  readonly bodyInLink: boolean;
}

/** Percent-encodes an `hfvalue` (RFC 6068): everything but unreserved characters and a few delimiters; line breaks as CRLF. */
function hfvalue(value: string): string {
  return encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
}

/** `mailto:` with To, Subject and Body (RFC 6068); the body is left out when the link would be longer than `limit`. */
export function mailtoLink(letter: Pick<OutgoingLetter, 'to' | 'subject' | 'body'>, limit = MAILTO_LIMIT): MailLink {
  // In `to` an address keeps its "@"; any other character outside the unreserved set is encoded.
  const to = letter.to.email ? encodeURIComponent(letter.to.email).replace(/%40/g, '@') : '';
  const head = `mailto:${to}?subject=${hfvalue(letter.subject)}`;
  const full = `${head}&body=${hfvalue(letter.body)}`;
  return full.length <= limit ? { url: full, bodyInLink: true } : { url: head, bodyInLink: false };
}

export interface EmlOptions {
  /** The sender, from the settings; left out when no address is known (the mail program fills it in). */
  readonly from?: { readonly name: string; readonly email: string };
  /** When the draft was written. */
  readonly date: Date;
}

const CRLF = '\r\n';

/**
 * The letter as an unsent e-mail message (RFC 5322 with MIME): UTF-8 text, base64 body,
 * non-ASCII names and subjects as RFC 2047 encoded words, CRLF line ends, `X-Unsent: 1` so that
 * Outlook opens it as a draft to send (Thunderbird and Apple Mail open it as a message to edit).
 */
export function emlDraft(letter: Pick<OutgoingLetter, 'to' | 'subject' | 'body'>, options: EmlOptions): string {
  const headers: string[] = [];
  if (options.from?.email) headers.push(`From: ${mailbox(options.from.name, options.from.email)}`);
  if (letter.to.email) headers.push(`To: ${mailbox(letter.to.name, letter.to.email)}`);
  headers.push(
    `Subject: ${unstructured(letter.subject)}`,
    `Date: ${format(options.date, 'EEE, dd MMM yyyy HH:mm:ss xx')}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    'X-Unsent: 1',
  );
  const body = base64(new TextEncoder().encode(letter.body.replace(/\r?\n/g, CRLF) + CRLF)).replace(/.{1,76}/g, (line) => line + CRLF);
  return headers.join(CRLF) + CRLF + CRLF + body;
}

/** A header value on one logical line: no line breaks or control characters can end the header early. */
function oneLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** `Name <address>`: a plain ASCII name quoted when it has specials, any other as encoded words. */
function mailbox(name: string, address: string): string {
  const display = oneLine(name);
  if (!display) return `<${address}>`;
  if (!PRINTABLE_ASCII.test(display)) return `${encodedWords(display)} <${address}>`;
  if (/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(display)) return `${display} <${address}>`;
  return `"${display.replace(/(["\\])/g, '\\$1')}" <${address}>`;
}

/** An unstructured header value (the subject): folded when long, encoded words when not ASCII. */
function unstructured(value: string): string {
  const text = oneLine(value);
  if (!PRINTABLE_ASCII.test(text) || /=\?/.test(text)) return encodedWords(text);
  // Fold before a space so no line passes 78 characters ("Subject: " included).
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > 68) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`${CRLF} `);
}

/** RFC 2047 `=?UTF-8?B?…?=` words of at most 75 characters, never splitting a character, folded onto lines of their own. */
function encodedWords(text: string): string {
  const encoder = new TextEncoder();
  const words: number[][] = [];
  let chunk: number[] = [];
  for (const char of text) {
    const bytes = encoder.encode(char);
    // 45 bytes are 60 base64 characters: with "=?UTF-8?B?" and "?=" a word is 72 characters.
    if (chunk.length + bytes.length > 45) {
      words.push(chunk.splice(0));
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0) words.push(chunk);
  return words.map((bytes) => `=?UTF-8?B?${base64(Uint8Array.from(bytes))}?=`).join(`${CRLF} `);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? BASE64[n & 63] : '=';
  }
  return out;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * A print-ready page of the letter: its plain text as written (every character escaped, nothing
 * of the note run or fetched), on a page of letter width, in a serif face; a Content-Security-Policy
 * allows only the page's own style, marked with `nonce`, and nothing else (no scripts, images or fonts).
 */
export function printView(letter: Pick<OutgoingLetter, 'to' | 'body' | 'via' | 'subject' | 'subjectWritten'>, nonce: string): string {
  const safeNonce = nonce.replace(/[^A-Za-z0-9+/=_-]/g, '');
  const title = `Letter to ${letter.to.name || 'the interviewer'}`;
  const subject = letter.via === 'email' && letter.subjectWritten ? `<p class="subject">Subject: ${escapeHtml(letter.subject)}</p>\n` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${safeNonce}'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${safeNonce}">
  body { margin: 0; padding: 2rem 1rem; background: #e8e8e8; color: #111; }
  .page { box-sizing: border-box; max-width: 8.5in; min-height: 11in; margin: 0 auto; padding: 1in; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
  .letter, .subject { font: 12pt/1.45 Georgia, "Times New Roman", serif; white-space: pre-wrap; overflow-wrap: break-word; margin: 0; }
  .subject { font-weight: bold; margin-bottom: 1.45em; }
  @page { margin: 1in; }
  @media print { body { background: none; padding: 0; } .page { box-shadow: none; max-width: none; min-height: 0; padding: 0; } }
</style>
</head>
<body>
<main class="page">
${subject}<div class="letter">${escapeHtml(letter.body)}</div>
</main>
</body>
</html>
`;
}

/** Asked once the letter has been handed over: "Did the letter to Jane Smith go out?" */
export function wentOutQuestion(letter: Pick<OutgoingLetter, 'to'>): string {
  return `Did the letter to ${letter.to.name || 'the interviewer'} go out? Mark it as sent to close the thank-you.`;
}
