/** Registers every command of the extension (ids as contributed in package.json). */
import * as vscode from 'vscode';
import { addWord } from './addWord';
import type { CommandContext } from './context';
import { draftThankYouNotes } from './draftThankYouNotes';
import { exportCalendar } from './exportCalendar';
import { logFollowUp } from './logFollowUp';
import { markDone, snooze } from './markDone';
import { markLetterSent } from './markLetterSent';
import { newInterviewNote } from './newInterviewNote';
import { goToPlaceholder } from './nextPlaceholder';
import { openAction } from './openAction';
import { recordOutcome } from './recordOutcome';
import { reportFix } from './reportFix';
import { undoWrite } from '../documentEdits';
import { addRecipientAddress, openRecipient, sendLetter } from './sendLetter';

export function registerCommands(ctx: CommandContext): vscode.Disposable {
  const handlers: Record<string, (...args: unknown[]) => unknown> = {
    'interviewFollowUp.newInterviewNote': (arg) => newInterviewNote(ctx, arg),
    'interviewFollowUp.draftThankYouNotes': (arg) => draftThankYouNotes(ctx, arg),
    'interviewFollowUp.logFollowUp': (arg, entry) => logFollowUp(ctx, arg, entry),
    'interviewFollowUp.recordOutcome': (arg, status, date) => recordOutcome(ctx, arg, status, date),
    'interviewFollowUp.markDone': (arg) => markDone(ctx, arg),
    'interviewFollowUp.snooze': (arg, until) => snooze(ctx, arg, until),
    'interviewFollowUp.markLetterSent': (arg, options) => markLetterSent(ctx, arg, options),
    'interviewFollowUp.sendLetter': (arg, options) => sendLetter(ctx, arg, options),
    'interviewFollowUp.addRecipientAddress': (arg, person, address) => addRecipientAddress(ctx, arg, person, address),
    'interviewFollowUp.openRecipient': (arg, person) => openRecipient(ctx, arg, person),
    'interviewFollowUp.nextPlaceholder': () => goToPlaceholder('next'),
    'interviewFollowUp.previousPlaceholder': () => goToPlaceholder('previous'),
    'interviewFollowUp.exportCalendar': (target) => exportCalendar(ctx, target),
    'interviewFollowUp.refresh': () => ctx.notes.reload(),
    'interviewFollowUp.addWord': (word) => addWord(ctx.diagnostics, word),
    'interviewFollowUp.openAction': (arg) => openAction(ctx, arg),
    'interviewFollowUp.undoLastWrite': () => undoWrite(),
    'interviewFollowUp.reportFix': (uri, summary, before) => reportFix(uri, summary, before),
    'interviewFollowUp.groupByCompany': () => ctx.tree.setMode('company'),
    'interviewFollowUp.groupByDue': () => ctx.tree.setMode('due'),
  };
  return vscode.Disposable.from(
    ...Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler)),
  );
}
