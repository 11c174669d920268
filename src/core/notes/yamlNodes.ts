/** The small YAML tree every reader of front-matter shares: strings, maps and lists with their source ranges. */
import type { Range } from '../shared/types';

export type YNode = YScalar | YMap | YSeq;

export interface YScalar {
  readonly kind: 'scalar';
  /** null for an empty value, `~` or `null`. */
  readonly value: string | null;
  /** Written with quotes. */
  readonly quoted: boolean;
  readonly range: Range;
}

export interface YEntry {
  readonly key: string;
  readonly keyRange: Range;
  readonly value: YNode;
}

export interface YMap {
  readonly kind: 'map';
  readonly entries: readonly YEntry[];
  readonly range: Range;
}

export interface YSeq {
  readonly kind: 'seq';
  readonly items: readonly YNode[];
  readonly range: Range;
}
