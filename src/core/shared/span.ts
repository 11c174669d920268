/**
 * A Range stored as four numbers. The index keeps a range for every field of every note, and
 * plain `{ start: {…}, end: {…} }` objects (three per range) made a 10,000-note index spend
 * most of its time in the garbage collector; positions are made when asked for.
 */
import type { Position, Range } from './types';

export class Span implements Range {
  constructor(
    readonly startLine: number,
    readonly startCharacter: number,
    readonly endLine: number,
    readonly endCharacter: number,
  ) {}

  get start(): Position {
    return { line: this.startLine, character: this.startCharacter };
  }

  get end(): Position {
    return { line: this.endLine, character: this.endCharacter };
  }

  toJSON(): Range {
    return { start: this.start, end: this.end };
  }
}

/** A plain copy of any Range, for comparing and printing. */
export function plainRange(range: Range): Range {
  return { start: { ...range.start }, end: { ...range.end } };
}
