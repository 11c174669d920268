/**
 * The index of a notes folder: every note's parsed front-matter, by folder-relative path.
 * One file is updated at a time, and the lookups that span notes (interviews in order, offers,
 * letters by interview, link resolution) are kept up to date incrementally, so a keystroke in
 * one note of a 10,000-note journal costs that note, not the journal.
 */
import { dirname, joinRelative, withoutExtension } from '../shared/paths';
import { summaryOf, type InterviewNote, type LetterNote, type NoteSummary, type ParsedNote } from './note';

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

const WIKI_LINK = /^\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]$/;

export class NoteIndex {
  private readonly notes = new Map<string, ParsedNote>();
  private readonly interviewByFile = new Map<string, IndexedInterview>();
  private readonly offerByFile = new Map<string, IndexedInterview>();
  private readonly acceptedByFile = new Map<string, IndexedInterview>();
  /** Letters as read (a letter from the cache builds its model when it is first resolved). */
  private readonly letterNotes = new Map<string, ParsedNote>();
  private byStemCache: Map<string, string[]> | undefined;
  /** Caches, dropped when what they derive from changes. */
  private sortedInterviews: IndexedInterview[] | undefined;
  private sortedOffers: IndexedInterview[] | undefined;
  private sortedAccepted: IndexedInterview[] | undefined;
  private interviewPosition: Map<string, number> | undefined;
  private resolvedLetters: Map<string, IndexedLetter> | undefined;
  private lettersByInterview: Map<string, IndexedLetter[]> | undefined;
  private sortedLetters: IndexedLetter[] | undefined;
  private vocabulary = 0;

  set(file: string, parsed: ParsedNote): void {
    const summary = summaryOf(parsed);
    // A file that is no note and has no problem is not kept (it may have been one before).
    if (!summary.type && parsed.problems.length === 0) {
      this.delete(file);
      return;
    }
    const before = this.notes.get(file);
    // The YAML tree is not kept: whoever needs it (checks, edits) parses the document's current text.
    // The summary is: the note's next version and summaries() (every check) need it again.
    const kept: ParsedNote = parsed.summary ? parsed : { model: parsed.model, problems: parsed.problems, summary };
    this.notes.set(file, kept);
    this.update(file, before ? summaryOf(before) : NONE, summary, kept);
  }

  /**
   * Files many notes at once into an empty index (a window opening from its saved state): what
   * set() keeps up to date note by note is built in one pass. Notes whose summary says nothing
   * and that have no problem are skipped, as set() skips them.
   */
  fill(notes: Iterable<readonly [file: string, parsed: ParsedNote]>): void {
    if (this.notes.size > 0) {
      for (const [file, parsed] of notes) this.set(file, parsed);
      return;
    }
    for (const [file, parsed] of notes) {
      const summary = summaryOf(parsed);
      if (!summary.type && parsed.problems.length === 0) continue;
      const kept: ParsedNote = parsed.summary ? parsed : { model: parsed.model, problems: parsed.problems, summary };
      this.notes.set(file, kept);
      if (summary.type === 'interview') {
        const entry = indexedInterview(file, kept);
        this.interviewByFile.set(file, entry);
        if (summary.offer) this.offerByFile.set(file, entry);
        if (summary.accepted) this.acceptedByFile.set(file, entry);
      } else if (summary.type === 'thank-you') {
        this.letterNotes.set(file, kept);
      }
    }
    this.sortedInterviews = undefined;
    this.interviewPosition = undefined;
    this.sortedOffers = undefined;
    this.sortedAccepted = undefined;
    this.byStemCache = undefined;
    this.dropLetterCaches();
    this.vocabulary++;
  }

  delete(file: string): boolean {
    const had = this.notes.get(file);
    if (!had) return false;
    this.notes.delete(file);
    this.update(file, summaryOf(had), NONE, undefined);
    return true;
  }

  clear(): void {
    for (const file of [...this.notes.keys()]) this.delete(file);
  }

  get(file: string): ParsedNote | undefined {
    return this.notes.get(file);
  }

  /** Every file that is a note or had a problem, in path order. */
  files(): string[] {
    return [...this.notes.keys()].sort();
  }

  get size(): number {
    return this.notes.size;
  }

  /** Changes whenever what summaries() names (people, terms) may have changed: what was built from it (known words) can be kept until then. */
  get vocabularyVersion(): number {
    return this.vocabulary;
  }

  /** Interview notes in path order. */
  interviews(): readonly IndexedInterview[] {
    if (!this.sortedInterviews) {
      this.sortedInterviews = [...this.interviewByFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      this.interviewPosition = new Map(this.sortedInterviews.map((i, n) => [i.file, n]));
    }
    return this.sortedInterviews;
  }

  interview(file: string): IndexedInterview | undefined {
    return this.interviewByFile.get(file);
  }

  /** Interviews whose status is `offer`, in path order. */
  offers(): readonly IndexedInterview[] {
    this.sortedOffers ??= [...this.offerByFile.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
    return this.sortedOffers;
  }

  /** Interviews whose status is `accepted`, in path order. */
  accepted(): readonly IndexedInterview[] {
    this.sortedAccepted ??= [...this.acceptedByFile.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
    return this.sortedAccepted;
  }

  /** Letters in path order, with the interview each links to. */
  letters(): readonly IndexedLetter[] {
    if (!this.sortedLetters) this.sortedLetters = [...this.resolved().values()].sort((a, b) => (a.file < b.file ? -1 : 1));
    return this.sortedLetters;
  }

  /** One letter and the interview it links to (a lookup, not a scan). */
  letter(file: string): IndexedLetter | undefined {
    return this.resolved().get(file);
  }

  lettersFor(interviewFile: string): readonly IndexedLetter[] {
    if (!this.lettersByInterview) {
      this.lettersByInterview = new Map();
      for (const letter of this.letters()) this.attach(letter, true);
    }
    return this.lettersByInterview.get(interviewFile) ?? [];
  }

  /** Resolves a letter's `interview` value: a path relative to the letter, or a wiki link `[[name]]`. */
  resolveInterviewLink(fromFile: string, link: string): string | undefined {
    const wiki = WIKI_LINK.exec(link.trim());
    if (wiki) {
      const target = withoutExtension(wiki[1].trim().replace(/\\/g, '/')).toLowerCase().replace(/^\/+/, '');
      const candidates = this.byStem().get(target) ?? [];
      if (candidates.length <= 1) return candidates[0];
      // Several notes share the name: prefer the one closest to the letter, as wiki-link tools do.
      const dir = dirname(fromFile);
      return candidates.find((c) => dirname(c) === dir) ?? candidates[0];
    }
    const path = joinRelative(dirname(fromFile), link.trim());
    if (path === undefined) return undefined;
    for (const candidate of [path, `${path}.md`]) if (this.interviewByFile.has(candidate)) return candidate;
    return undefined;
  }

  private update(file: string, before: NoteSummary, after: NoteSummary, parsed: ParsedNote | undefined): void {
    // A note added or removed always counts (so a note from the cache need not decode its names here).
    if (before === NONE || after === NONE || !sameItems(before.terms, after.terms) || !sameItems(before.people, after.people)) this.vocabulary++;
    const wasInterview = before.type === 'interview';
    const isInterview = after.type === 'interview';
    if (before.offer || after.offer) this.sortedOffers = undefined;
    if (before.accepted || after.accepted) this.sortedAccepted = undefined;
    if (isInterview) {
      const entry = indexedInterview(file, parsed!);
      this.interviewByFile.set(file, entry);
      if (after.offer) this.offerByFile.set(file, entry);
      else this.offerByFile.delete(file);
      if (after.accepted) this.acceptedByFile.set(file, entry);
      else this.acceptedByFile.delete(file);
      const position = this.interviewPosition?.get(file);
      if (wasInterview && this.sortedInterviews && position !== undefined) this.sortedInterviews[position] = entry;
    } else if (wasInterview) {
      this.interviewByFile.delete(file);
      this.offerByFile.delete(file);
      this.acceptedByFile.delete(file);
    }
    if (wasInterview !== isInterview) {
      // The set of interviews changed: order, stems and every letter's link may change.
      this.sortedInterviews = undefined;
      this.interviewPosition = undefined;
      this.byStemCache = undefined;
      this.dropLetterCaches();
    }
    const wasLetter = before.type === 'thank-you';
    const isLetter = after.type === 'thank-you';
    if (isLetter) this.letterNotes.set(file, parsed!);
    else if (wasLetter) this.letterNotes.delete(file);
    if ((wasLetter || isLetter) && this.resolvedLetters) {
      const old = this.resolvedLetters.get(file);
      if (old) this.detach(old);
      this.resolvedLetters.delete(file);
      if (isLetter) {
        const letter = this.resolveLetter(file, parsed!);
        this.resolvedLetters.set(file, letter);
        this.attach(letter);
      }
    }
    if (wasLetter || isLetter) this.sortedLetters = undefined;
  }

  /** Lower-cased paths without extension, and bare file names, to interview files: built when a wiki link first needs it. */
  private byStem(): Map<string, string[]> {
    if (!this.byStemCache) {
      this.byStemCache = new Map();
      for (const file of [...this.interviewByFile.keys()].sort()) {
        for (const stem of stemsOf(file)) {
          const files = this.byStemCache.get(stem);
          if (files) files.push(file);
          else this.byStemCache.set(stem, [file]);
        }
      }
    }
    return this.byStemCache;
  }

  private dropLetterCaches(): void {
    this.resolvedLetters = undefined;
    this.lettersByInterview = undefined;
    this.sortedLetters = undefined;
  }

  private resolved(): Map<string, IndexedLetter> {
    if (!this.resolvedLetters) {
      this.resolvedLetters = new Map();
      for (const [file, parsed] of this.letterNotes) this.resolvedLetters.set(file, this.resolveLetter(file, parsed));
    }
    return this.resolvedLetters;
  }

  /** A letter and its interview, resolved from the letter's summary (its model is built only when read). */
  private resolveLetter(file: string, parsed: ParsedNote): IndexedLetter {
    const link = summaryOf(parsed).link;
    return {
      file,
      get model() {
        return parsed.model as LetterNote;
      },
      interviewFile: link ? this.resolveInterviewLink(file, link) : undefined,
    };
  }

  /** Every note's summary, for what spans notes without their models (the names and terms they know). */
  summaries(): IterableIterator<NoteSummary> {
    return [...this.notes.values()].map(summaryOf).values();
  }

  /**
   * Adds a letter to its interview's list, in path order, by binary search (the lists are built
   * from letters in path order, so building them is linear). `inPlace` only while building: a
   * list handed out before is never changed under its holder.
   */
  private attach(letter: IndexedLetter, inPlace = false): void {
    if (!this.lettersByInterview || !letter.interviewFile) return;
    const existing = this.lettersByInterview.get(letter.interviewFile);
    const list = existing ? (inPlace ? existing : [...existing]) : [];
    let low = 0;
    let high = list.length;
    if (high > 0 && list[high - 1].file < letter.file) low = high;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (list[middle].file < letter.file) low = middle + 1;
      else high = middle;
    }
    list.splice(low, 0, letter);
    this.lettersByInterview.set(letter.interviewFile, list);
  }

  private detach(letter: IndexedLetter): void {
    if (!this.lettersByInterview || !letter.interviewFile) return;
    const list = (this.lettersByInterview.get(letter.interviewFile) ?? []).filter((l) => l.file !== letter.file);
    if (list.length > 0) this.lettersByInterview.set(letter.interviewFile, list);
    else this.lettersByInterview.delete(letter.interviewFile);
  }
}

const NONE: NoteSummary = { type: null, offer: false, accepted: false, terms: [], people: [] };

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** An interview entry whose model is the note's own (built on first use for a note read from the cache). */
function indexedInterview(file: string, parsed: ParsedNote): IndexedInterview {
  return {
    file,
    get model() {
      return parsed.model as InterviewNote;
    },
  };
}

function stemsOf(file: string): string[] {
  const stem = withoutExtension(file).toLowerCase();
  const base = stem.slice(stem.lastIndexOf('/') + 1);
  return stem === base ? [stem] : [stem, base];
}
