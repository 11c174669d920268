/** The "Due Follow-Ups" tree: groups of actions, a badge with the overdue count, and the group-by toggle. */
import * as vscode from 'vscode';
import { draftedLetterFor } from '../core/letters/draftedLetters';
import { actionDescription, actionLabel, actionTooltip, groupActions, overdueCount, type ActionGroup, type GroupMode, type TooltipContext } from '../core/present/presentation';
import type { Locale } from 'date-fns';
import type { ActionKind, Day, DueAction } from '../core/shared/types';
import { markdownCode } from '../core/present/markdownText';
import { displayLocale } from './displayLocale';
import type { NotesWorkspace } from './notesWorkspace';

export const VIEW_ID = 'interviewFollowUp.due';
/**
 * The view container's title (package.json). Alone in its container, a view is titled
 * "Container: View" ("Interview Follow-Up: Due Follow-Ups", cut at a 300 px sidebar); a view whose
 * title is the container's is titled once, which fits.
 */
export const VIEW_TITLE = 'Interview Follow-Up';
const GROUP_MODE_KEY = 'interviewFollowUp.groupMode';

export type DueNode = { readonly type: 'group'; readonly group: ActionGroup } | { readonly type: 'action'; readonly action: DueAction };

export function isActionNode(value: unknown): value is Extract<DueNode, { type: 'action' }> {
  return typeof value === 'object' && value !== null && (value as DueNode).type === 'action';
}

const KIND_ICONS: Readonly<Record<ActionKind, string>> = {
  'ask-decision-date': 'question',
  'record-interviewer': 'person-add',
  'thank-you': 'mail',
  'alert-references': 'organization',
  'follow-up-call': 'call-outgoing',
  'follow-up-again': 'sync',
  'leverage-offer': 'law',
  network: 'references',
  withdraw: 'sign-out',
  'keep-searching': 'search',
};

const GROUP_ICONS: Record<string, vscode.ThemeIcon> = {
  'due:overdue': new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.errorForeground')),
  'due:today': new vscode.ThemeIcon('bell-dot', new vscode.ThemeColor('list.warningForeground')),
  'due:week': new vscode.ThemeIcon('calendar'),
  'due:later': new vscode.ThemeIcon('history'),
  'due:undated': new vscode.ThemeIcon('lightbulb'),
};

function actionIcon(action: DueAction): vscode.ThemeIcon {
  const color = action.state === 'overdue' ? 'list.errorForeground' : action.state === 'today' ? 'list.warningForeground' : undefined;
  return new vscode.ThemeIcon(KIND_ICONS[action.kind], color ? new vscode.ThemeColor(color) : undefined);
}

/** A stable id for an action, so selection and expansion survive refreshes. */
export function actionId(action: DueAction): string {
  return [action.kind, action.file ?? '', action.person ?? '', action.title].join('|');
}

export class DueTreeProvider implements vscode.TreeDataProvider<DueNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<DueNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private mode: GroupMode;
  readonly view: vscode.TreeView<DueNode>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly notes: NotesWorkspace, private readonly memento: vscode.Memento) {
    this.mode = memento.get<GroupMode>(GROUP_MODE_KEY, 'due');
    void vscode.commands.executeCommand('setContext', GROUP_MODE_KEY, this.mode);
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.view.title = VIEW_TITLE;
    this.disposables.push(this.view, this.changed, notes.onDidChange(() => this.refresh()));
  }

  setMode(mode: GroupMode): void {
    this.mode = mode;
    void this.memento.update(GROUP_MODE_KEY, mode);
    void vscode.commands.executeCommand('setContext', GROUP_MODE_KEY, mode);
    this.changed.fire(undefined);
  }

  refresh(): void {
    const overdue = overdueCount(this.visibleActions());
    this.view.badge = overdue > 0 ? { value: overdue, tooltip: `${overdue} follow-up${overdue === 1 ? '' : 's'} overdue` } : undefined;
    void vscode.commands.executeCommand('setContext', 'interviewFollowUp.hasNotes', this.notes.index.interviews().length > 0);
    this.changed.fire(undefined);
  }

  /** Nothing is shown until the first interview note exists, so the welcome view can offer to create one. */
  visibleActions(): DueAction[] {
    return this.notes.index.interviews().length > 0 ? this.notes.schedule() : [];
  }

  async getChildren(node?: DueNode): Promise<DueNode[]> {
    if (!node) {
      // The saved state first (then corrected as the notes are checked): see NotesWorkspace.reload.
      await this.notes.whenShown();
      return groupActions(this.visibleActions(), this.notes.today(), this.mode).map((group) => ({ type: 'group', group }));
    }
    return node.type === 'group' ? node.group.actions.map((action) => ({ type: 'action', action })) : [];
  }

  getTreeItem(node: DueNode): vscode.TreeItem {
    const today = this.notes.today();
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.group.id;
      item.description = String(node.group.actions.length);
      item.iconPath = GROUP_ICONS[node.group.id] ?? new vscode.ThemeIcon('briefcase');
      item.contextValue = 'group';
      return item;
    }
    const { action } = node;
    const locale = displayLocale();
    const item = new vscode.TreeItem(actionLabel(action, this.interviewerNames(action)), vscode.TreeItemCollapsibleState.None);
    item.id = `${this.mode}:${actionId(action)}`;
    item.description = this.description(action, today, locale);
    // Built by the core with every note value escaped; no theme icons, no HTML, no command links (not trusted).
    const tooltip = new vscode.MarkdownString(actionTooltip(action, today, locale, this.tooltipContext(action)), false);
    tooltip.isTrusted = false;
    tooltip.supportHtml = false;
    item.tooltip = tooltip;
    item.iconPath = actionIcon(action);
    item.contextValue = `action:${action.kind}${action.file ? ':file' : ''}`;
    const uri = action.file ? this.notes.uriOf(action.file) : undefined;
    if (uri) {
      item.command = { command: 'interviewFollowUp.openAction', title: 'Open Note', arguments: [node] };
    }
    this.markDrafted(item, action, today, locale);
    return item;
  }

  /** "3 d overdue · Acme Corp" (by company: "3 d overdue"), with "drafted" after the due state for a written letter. */
  private description(action: DueAction, today: Day, locale: Locale, extra: readonly string[] = []): string {
    return actionDescription(this.mode === 'company' ? { ...action, company: null } : action, today, locale, extra);
  }

  /** The names of the interviewers of an action's note (a first name is enough in a label unless two share it). */
  private interviewerNames(action: DueAction): string[] {
    const model = action.kind === 'thank-you' && action.file ? this.notes.index.interview(action.file)?.model : undefined;
    return model ? model.interviewers.map((p) => p.name?.value).filter((n): n is string => !!n) : [];
  }

  /** When the interview behind an action is, in the note's zone and the person's own. */
  private tooltipContext(action: DueAction): TooltipContext {
    const model = action.file ? this.notes.index.interview(action.file)?.model : undefined;
    if (!model?.date) return {};
    const userTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return { interview: { date: model.date.value, timezone: model.timezone?.value, userTimeZone } };
  }

  /** A thank-you whose letter is written but not sent: "drafted", a click opens the letter, Mark Letter Sent instead of Draft. */
  private markDrafted(item: vscode.TreeItem, action: DueAction, today: Day, locale: Locale): void {
    const letter = draftedLetterFor(this.notes.index, action);
    const letterUri = letter ? this.notes.uriOf(letter.file) : undefined;
    if (!letter || !letterUri) return;
    // After the due state, before the company: a narrow sidebar cuts the company first.
    item.description = this.description(action, today, locale, ['drafted']);
    item.iconPath = new vscode.ThemeIcon('mail-read', (item.iconPath as vscode.ThemeIcon).color);
    item.contextValue = 'action:thank-you:drafted:file';
    item.command = { command: 'vscode.open', title: 'Open Letter', arguments: [letterUri] };
    (item.tooltip as vscode.MarkdownString).appendMarkdown(`\n\nDrafted in ${markdownCode(letter.file)}, not sent yet: click to open it.`);
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
