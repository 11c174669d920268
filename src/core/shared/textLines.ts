/** Offsets to 0-based line/character positions (UTF-16, as VS Code counts) and back. */
import type { Position, Range } from './types';

export class TextLines {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }

  rangeAt(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  offsetAt(position: Position): number {
    const start = this.starts[Math.min(position.line, this.starts.length - 1)] ?? 0;
    return Math.min(start + position.character, this.text.length);
  }

  /** Offset where a line starts (the text's end past the last line). */
  lineStart(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  /** Offset of the start of the line after the one holding `p` (or of `p`'s line when `p` is at a line start). */
  lineAfter(p: Position): number {
    return this.lineStart(p.character === 0 ? p.line : p.line + 1);
  }

  /** The line ending the text uses (that of its first line). */
  get eol(): string {
    const first = this.text.indexOf('\n');
    return first > 0 && this.text[first - 1] === '\r' ? '\r\n' : '\n';
  }
}
