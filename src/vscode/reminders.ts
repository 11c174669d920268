/**
 * The daily reminder: when VS Code opens and when the day changes while it is open, one
 * notification of what fell due (the core decides), at most once a day per workspace (the day is
 * remembered in the workspace state).
 */
import * as vscode from 'vscode';
import { messageText } from '../core/present/markdownText';
import { formatDay, parseDay } from '../core/shared/days';
import { reminderFor, type Reminder } from '../core/schedule/reminders';
import type { Day } from '../core/shared/types';
import { VIEW_ID } from './dueTree';
import type { NotesWorkspace } from './notesWorkspace';

export const LAST_REMINDED_KEY = 'interviewFollowUp.lastReminded';
export const SHOW = 'Show';
export const SNOOZE = 'Snooze until tomorrow';

/** Shows the notification; resolves with the button the user chose. */
export type ShowReminder = (reminder: Reminder) => Thenable<string | undefined>;

const showNotification: ShowReminder = (reminder) =>
  reminder.overdue > 0
    ? vscode.window.showWarningMessage(messageText(reminder.message), SHOW, SNOOZE)
    : vscode.window.showInformationMessage(messageText(reminder.message), SHOW, SNOOZE);

export class Reminders implements vscode.Disposable {
  private checkedDay: Day | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly notes: NotesWorkspace, private readonly memento: vscode.Memento, private readonly show: ShowReminder = showNotification) {
    // The index fires a change at midnight: that is when a new day's reminder is due.
    this.subscription = notes.onDidChange(() => {
      if (this.checkedDay !== undefined && this.checkedDay !== notes.today()) void this.check();
    });
  }

  /** On opening: once the notes are read. */
  async start(): Promise<Reminder | undefined> {
    await this.notes.whenLoaded();
    return this.check();
  }

  /** The day of the last reminder in this workspace. */
  lastReminded(): Day | undefined {
    const stored = this.memento.get<string>(LAST_REMINDED_KEY);
    return stored === undefined ? undefined : parseDay(stored);
  }

  /** Shows today's reminder if one is due and none was shown today; returns it (undefined: none). */
  async check(): Promise<Reminder | undefined> {
    const today = this.notes.today();
    this.checkedDay = today;
    const reminder = reminderFor({
      actions: this.notes.index.interviews().length > 0 ? this.notes.schedule() : [],
      today,
      lastReminded: this.lastReminded(),
      setting: this.notes.settings.reminders,
    });
    if (!reminder) return undefined;
    // Remembered before it is shown: a reload while the toast is up does not show it again.
    await this.memento.update(LAST_REMINDED_KEY, formatDay(today));
    void Promise.resolve(this.show(reminder)).then((choice) => this.respond(choice));
    return reminder;
  }

  /** What the notification's buttons do. */
  async respond(choice: string | undefined): Promise<void> {
    if (choice === SHOW) await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
    else if (choice === SNOOZE) await this.memento.update(LAST_REMINDED_KEY, formatDay(this.notes.today()));
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
