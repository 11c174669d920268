/** The date-fns locale for dates shown to the person: VS Code's display language (see src/core/dateLocale.ts). */
import type { Locale } from 'date-fns';
import * as vscode from 'vscode';
import { dateLocaleFor } from '../core/present/dateLocale';

/** Both inputs are fixed for the window's life (a new display language restarts VS Code): asked once, not per tree item (Intl costs ~0.1 ms a call). */
let chosen: Locale | undefined;

/** The system's own locale (e.g. "en-GB") only chooses among the English variants when VS Code is in English. */
export function displayLocale(): Locale {
  chosen ??= dateLocaleFor(vscode.env.language, Intl.DateTimeFormat().resolvedOptions().locale);
  return chosen;
}
