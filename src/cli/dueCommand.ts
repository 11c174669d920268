/** `interview-followup due [folder] [--today D] [--json]` */
import { formatDay } from '../core/shared/days';
import { actionJson, indexProblems, type DueReportJson } from '../core/present/report';
import { computeSchedule, scheduleContext } from '../core/schedule/schedule';
import type { Day } from '../core/shared/types';
import { loadFolder } from './loadFolder';
import { printable } from './printable';
import { renderTable } from './table';

export async function dueReport(folder: string, today: Day): Promise<DueReportJson> {
  const loaded = await loadFolder(folder);
  const actions = computeSchedule(loaded.index, scheduleContext(today, loaded.settings));
  return {
    today: formatDay(today),
    actions: actions.map(actionJson),
    problems: [...loaded.settingsProblems, ...indexProblems(loaded.index)],
  };
}

/** The table fits 100 columns: long actions and file names are cut with "…" (the JSON has them whole). */
export function formatDueReport(report: DueReportJson): string {
  const overdue = report.actions.filter((a) => a.state === 'overdue').length;
  const lines = [`Follow-ups as of ${report.today}: ${report.actions.length} open, ${overdue} overdue`, ''];
  if (report.actions.length > 0) {
    lines.push(renderTable(
      ['DUE', 'STATE', 'ACTION', 'FILE'],
      report.actions.map((a) => [a.due ?? '-', a.state, a.title, a.file ?? '-']),
      { maxWidth: 100, shrink: [2, 3] },
    ));
  } else {
    lines.push('Nothing is due.');
  }
  if (report.problems.length > 0) {
    lines.push('', `Problems (${report.problems.length}):`);
    for (const p of report.problems) lines.push(`  ${printable(p.file)}: ${printable(p.message)}`);
  }
  return lines.join('\n') + '\n';
}
