/** Reads the hostile corpus: one `*.case.json` per case, holding its content (or how to generate it) and the expected outcome. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(__dirname, '../../../test/fixtures/hostile');

export interface ExpectedProblem {
  readonly code: string;
  /** 1-based, as a person reads it. */
  readonly line: number;
  /** A piece of the message, when it matters. */
  readonly message?: string;
}

export interface HostileCase {
  readonly name: string;
  readonly description: string;
  readonly expect: {
    readonly note: 'interview' | 'thank-you' | null;
    readonly problems: readonly ExpectedProblem[];
    /** Where the checks report a block as not read (over the Markdown budget), as `prose-not-checked@LINE`: exactly these. */
    readonly notChecked?: readonly string[];
  };
  /** Literal text, base64 bytes, or parts with repeats (for files too big to commit). */
  readonly content?: string;
  readonly contentBase64?: string;
  readonly parts?: readonly ({ readonly text: string } | { readonly repeat: string; readonly count: number })[];
}

export function loadCorpus(): HostileCase[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.case.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.case\.json$/, ''), ...JSON.parse(readFileSync(join(CORPUS_DIR, f), 'utf8')) }));
}

export function caseBytes(c: HostileCase): Uint8Array {
  if (c.contentBase64 !== undefined) return new Uint8Array(Buffer.from(c.contentBase64, 'base64'));
  if (c.content !== undefined) return new TextEncoder().encode(c.content);
  const chunks: string[] = [];
  for (const part of c.parts ?? []) {
    if ('text' in part) chunks.push(part.text);
    // `{i}` numbers each repetition (distinct keys).
    else if (part.repeat.includes('{i}')) for (let i = 0; i < part.count; i++) chunks.push(part.repeat.replace('{i}', String(i)));
    else chunks.push(part.repeat.repeat(part.count));
  }
  return new TextEncoder().encode(chunks.join(''));
}
