/**
 * The places in a letter still to be written, found exactly as the `placeholder` check finds them
 * (in the prose a Markdown parser sees: never in code, comments, links or the front-matter). One
 * finder serves the diagnostic, the drafted letter's first selection and Next/Previous Placeholder.
 */
import { findFrontMatter } from '../notes/frontMatter';
import type { Span } from './placeholders';
import { readProse } from './prose';

export type Placeholder = Span;

/** Every placeholder in the body, in order (a text without front-matter is all body). */
export function findPlaceholders(text: string): Placeholder[] {
  const block = findFrontMatter(text);
  return [...readProse(text, block.kind === 'yaml' ? block.bodyOffset : 0).placeholders];
}

/**
 * The placeholder to go to from a cursor: the first that starts after `offset` (so from a
 * selected placeholder, the one after it), wrapping around to the first; or before it, going back.
 */
export function nextPlaceholder(placeholders: readonly Placeholder[], offset: number, direction: 'next' | 'previous' = 'next'): Placeholder | undefined {
  if (placeholders.length === 0) return undefined;
  if (direction === 'next') return placeholders.find((p) => p.start > offset) ?? placeholders[0];
  return [...placeholders].reverse().find((p) => p.start < offset) ?? placeholders[placeholders.length - 1];
}
