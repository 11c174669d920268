/**
 * letters — thank-you letters as prose: drafting from templates, placeholders, reading the body
 * as a Markdown parser sees it (unified/remark into nlcst), the spelling word lists, and the
 * drafted letters of an interview, and the letter as it is sent (plain text, mailto:, .eml, print view).
 *
 * May import: shared, notes, schedule, edits.
 */
export * from './templates';
export * from './prose';
export * from './spelling';
export * from './plainText';
export * from './sending';
