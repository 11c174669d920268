/** `interview-followup due [folder] [--today YYYY-MM-DD] [--json]` */
import { formatDay } from '../core/days';
import { actionJson, indexProblems, type DueReportJson } from '../core/report';
import { computeSchedule, scheduleContext } from '../core/schedule';
import type { Day } from '../core/types';
import { loadFolder } from './loadFolder';
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

export function formatDueReport(report: DueReportJson): string {
  const overdue = report.actions.filter((a) => a.state === 'overdue').length;
  const lines = [`Follow-ups as of ${report.today}: ${report.actions.length} open, ${overdue} overdue`, ''];
  if (report.actions.length > 0) {
    lines.push(renderTable(
      ['DUE', 'STATE', 'ACTION', 'FILE'],
      report.actions.map((a) => [a.due ?? '-', a.state, a.title, a.file ?? '-']),
    ));
  } else {
    lines.push('Nothing is due.');
  }
  if (report.problems.length > 0) {
    lines.push('', `Problems (${report.problems.length}):`);
    for (const p of report.problems) lines.push(`  ${p.file}: ${p.message}`);
  }
  return lines.join('\n') + '\n';
}
