/**
 * schedule — from the index of notes to what is due: the rule table of SPEC section 3 (due
 * actions and their states), the advice behind each kind, the daily reminder, and the calendar
 * (.ics) export.
 *
 * May import: shared, notes.
 */
export * from './schedule';
export * from './reminders';
export * from './calendar';
export * from './savedSchedule';
