/** Words the spelling check accepts beyond the dictionary: everything the notes name, the sender's name, and the user's lists. */
import type { NoteIndex } from '../noteIndex';
import type { Settings } from '../settings';
import { foldAccents, sameSpelling } from '../spelling';

export interface KnownWords {
  /** Folded (lower case, no accents) words. */
  readonly folded: ReadonlySet<string>;
  /** The words as written, for suggestions. */
  readonly original: readonly string[];
  /** The words of people's names as written (interviewers, references, recipients, the sender): a name, never a misspelling of another. */
  readonly people: ReadonlySet<string>;
}

const TOKEN = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** From the index and the settings (`words`, `senderName`) plus the word list file's words. */
export function knownWords(index: NoteIndex, settings?: Pick<Settings, 'words' | 'senderName'>, wordList: readonly string[] = []): KnownWords {
  const phrases: string[] = [...(settings?.words ?? []), ...wordList];
  const names: string[] = settings?.senderName ? [settings.senderName] : [];
  for (const { model } of index.interviews()) {
    for (const f of [model.company, model.role, model.stage]) if (f) phrases.push(f.value);
    for (const p of model.interviewers) {
      if (p.name) names.push(p.name.value);
      if (p.title) phrases.push(p.title.value);
    }
    for (const r of model.references) names.push(r.value);
  }
  for (const { model } of index.letters()) if (model.to) names.push(model.to.value);
  const original = new Set<string>();
  const people = new Set<string>();
  for (const phrase of phrases) for (const m of phrase.matchAll(TOKEN)) original.add(m[0]);
  for (const name of names) {
    for (const m of name.matchAll(TOKEN)) {
      original.add(m[0]);
      people.add(sameSpelling(m[0]));
    }
  }
  return { folded: new Set([...original].map(foldAccents)), original: [...original], people };
}

/** One word a line; `#` starts a comment. */
export function parseWordList(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
}
