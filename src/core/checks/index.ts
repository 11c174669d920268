/**
 * checks — the diagnostics of SPEC section 4 for notes and letters, with their quick fixes: the
 * document being checked, interview checks, letter checks (names, companies, confused words,
 * tone, similarity) and whether a letter is ready to send.
 *
 * May import: shared, notes, schedule, edits, letters.
 */
export * from './checkNote';
export * from './types';
