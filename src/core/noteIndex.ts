/**
 * The index of a notes folder: every note's parsed front-matter, by folder-relative path.
 * One file is updated at a time; the lookups that span notes are derived lazily and dropped on change.
 */
import { dirname, joinRelative, withoutExtension } from './paths';
import type { InterviewNote, LetterNote, ParsedNote } from './note';

export interface IndexedInterview {
  readonly file: string;
  readonly model: InterviewNote;
}

export interface IndexedLetter {
  readonly file: string;
  readonly model: LetterNote;
  /** The interview note the letter links to, when the link resolves to one. */
  readonly interviewFile: string | undefined;
}

export class NoteIndex {
  private readonly notes = new Map<string, ParsedNote>();
  private derived: Derived | undefined;

  set(file: string, parsed: ParsedNote): void {
    const before = this.notes.get(file);
    // A file that neither was nor is a note changes nothing that spans notes.
    if (before || parsed.model || parsed.problems.length > 0) {
      this.notes.set(file, parsed);
      if (before?.model || parsed.model) this.derived = undefined;
    }
  }

  delete(file: string): boolean {
    const had = this.notes.get(file);
    if (!had) return false;
    this.notes.delete(file);
    if (had.model) this.derived = undefined;
    return true;
  }

  rename(from: string, to: string): void {
    const parsed = this.notes.get(from);
    if (!parsed) return;
    this.delete(from);
    this.set(to, parsed);
  }

  clear(): void {
    this.notes.clear();
    this.derived = undefined;
  }

  get(file: string): ParsedNote | undefined {
    return this.notes.get(file);
  }

  /** Every file that is a note or had a problem, in path order. */
  files(): string[] {
    return [...this.notes.keys()].sort();
  }

  entries(): IterableIterator<[string, ParsedNote]> {
    return this.notes.entries();
  }

  get size(): number {
    return this.notes.size;
  }

  interviews(): readonly IndexedInterview[] {
    return this.derive().interviews;
  }

  interview(file: string): IndexedInterview | undefined {
    return this.derive().interviewByFile.get(file);
  }

  letters(): readonly IndexedLetter[] {
    return this.derive().letters;
  }

  lettersFor(interviewFile: string): readonly IndexedLetter[] {
    return this.derive().lettersByInterview.get(interviewFile) ?? [];
  }

  /** Resolves a letter's `interview` value: a path relative to the letter, or a wiki link `[[name]]`. */
  resolveInterviewLink(fromFile: string, link: string): string | undefined {
    return resolveLink(this.derive(), fromFile, link);
  }

  private derive(): Derived {
    if (this.derived) return this.derived;
    const interviews: IndexedInterview[] = [];
    const rawLetters: { file: string; model: LetterNote }[] = [];
    for (const file of this.files()) {
      const model = this.notes.get(file)!.model;
      if (model?.type === 'interview') interviews.push({ file, model });
      else if (model?.type === 'thank-you') rawLetters.push({ file, model });
    }
    const interviewByFile = new Map(interviews.map((i) => [i.file, i]));
    const byStem = new Map<string, string[]>();
    for (const { file } of interviews) {
      const stem = withoutExtension(file).toLowerCase();
      const base = stem.slice(stem.lastIndexOf('/') + 1);
      for (const key of new Set([stem, base])) byStem.set(key, [...(byStem.get(key) ?? []), file]);
    }
    const partial: Derived = { interviews, interviewByFile, byStem, letters: [], lettersByInterview: new Map() };
    for (const letter of rawLetters) {
      const interviewFile = letter.model.interview ? resolveLink(partial, letter.file, letter.model.interview.value) : undefined;
      const indexed: IndexedLetter = { ...letter, interviewFile };
      partial.letters.push(indexed);
      if (interviewFile) partial.lettersByInterview.set(interviewFile, [...(partial.lettersByInterview.get(interviewFile) ?? []), indexed]);
    }
    this.derived = partial;
    return partial;
  }
}

interface Derived {
  readonly interviews: IndexedInterview[];
  readonly interviewByFile: Map<string, IndexedInterview>;
  /** Lower-cased path without extension, and bare file name, to interview files. */
  readonly byStem: Map<string, string[]>;
  readonly letters: IndexedLetter[];
  readonly lettersByInterview: Map<string, IndexedLetter[]>;
}

const WIKI_LINK = /^\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]$/;

function resolveLink(derived: Derived, fromFile: string, link: string): string | undefined {
  const wiki = WIKI_LINK.exec(link.trim());
  if (wiki) {
    const target = withoutExtension(wiki[1].trim().replace(/\\/g, '/')).toLowerCase().replace(/^\/+/, '');
    const candidates = derived.byStem.get(target) ?? [];
    if (candidates.length <= 1) return candidates[0];
    // Several notes share the name: prefer the one closest to the letter, as wiki-link tools do.
    const dir = dirname(fromFile);
    return candidates.find((c) => dirname(c) === dir) ?? candidates[0];
  }
  const path = joinRelative(dirname(fromFile), link.trim());
  if (path === undefined) return undefined;
  for (const candidate of [path, `${path}.md`]) if (derived.interviewByFile.has(candidate)) return candidate;
  return undefined;
}
