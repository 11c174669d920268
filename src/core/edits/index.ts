/**
 * edits — the one write path: the commands that change a note (Mark Done, Snooze, Log Follow-Up,
 * Record Outcome, Mark Letter Sent) and their Undo, the minimal-byte and Document planners, the verifier that
 * re-reads every result, text changes, and where new notes and letters are placed.
 *
 * May import: shared, notes, schedule.
 */
export * from './noteCommands';
export * from './frontMatterEdit';
export * from './undo';
