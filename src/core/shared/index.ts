/**
 * shared — the vocabulary every part of the core speaks: the data types (due actions, ranges,
 * diagnostics' positions), calendar days and business days as integers, a day as a local Date,
 * the `interviewFollowUp.*` settings and their validation, text positions and spans, note paths
 * and how two written names are compared.
 *
 * May import: nothing else in src/core (only packages).
 */
export * from './types';
export * from './days';
export * from './businessDays';
export * from './settings';
