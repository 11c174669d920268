/** Words the spelling check accepts beyond the dictionary: everything the notes name, and the user's lists. */
import type { NoteIndex } from '../noteIndex';
import { foldAccents } from '../spelling';

export interface KnownWords {
  /** Folded (lower case, no accents) words. */
  readonly folded: ReadonlySet<string>;
  /** The words as written, for suggestions. */
  readonly original: readonly string[];
}

const TOKEN = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

export function knownWords(index: NoteIndex, extra: readonly string[] = []): KnownWords {
  const phrases: string[] = [...extra];
  for (const { model } of index.interviews()) {
    for (const f of [model.company, model.role, model.stage]) if (f) phrases.push(f.value);
    for (const p of model.interviewers) for (const f of [p.name, p.title]) if (f) phrases.push(f.value);
    for (const r of model.references) phrases.push(r.value);
  }
  for (const { model } of index.letters()) if (model.to) phrases.push(model.to.value);
  const original = new Set<string>();
  for (const phrase of phrases) for (const m of phrase.matchAll(TOKEN)) original.add(m[0]);
  return { folded: new Set([...original].map(foldAccents)), original: [...original] };
}

/** One word a line; `#` starts a comment. */
export function parseWordList(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
}
