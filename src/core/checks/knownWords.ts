/** Words the spelling check accepts beyond the dictionary: everything the notes name, the sender's name, and the user's lists. */
import type { NoteIndex } from '../notes/noteIndex';
import type { Settings } from '../shared/settings';
import { foldAccents, sameSpelling } from '../letters/spelling';

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
  // Sets: ten thousand notes name the same few companies, titles and people again and again.
  const phrases = new Set<string>([...(settings?.words ?? []), ...wordList]);
  const names = new Set<string>(settings?.senderName ? [settings.senderName] : []);
  for (const summary of index.summaries()) {
    for (const term of summary.terms) phrases.add(term);
    for (const person of summary.people) names.add(person);
  }
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

/**
 * A word list with one more word on a line of its own at the end, in the list's own line ending;
 * the text before it is kept as it was (a last line without its line break gets one).
 */
export function wordListWith(text: string, word: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return `${text}${text === '' || text.endsWith('\n') ? '' : eol}${word}${eol}`;
}
