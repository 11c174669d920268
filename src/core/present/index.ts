/**
 * present — what a person reads and types: labels and groups of the tree, dates in the display
 * language, typed-date input, the CLI's reports, front-matter completion and the status bar's
 * summary, and what a person is told after a write.
 *
 * May import: every other part.
 */
export * from './presentation';
export * from './report';
export * from './feedback';
