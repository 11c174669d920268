/** The CLI's JSON shapes (spec section 6), built from core results. */
import { formatDay } from '../shared/days';
import type { NoteIndex } from '../notes/noteIndex';
import type { DueAction, Problem } from '../shared/types';

export interface DueActionJson {
  kind: string;
  file: string | null;
  company: string | null;
  person: string | null;
  title: string;
  due: string | null;
  opens: string | null;
  state: string;
}

export interface ProblemJson {
  file: string;
  message: string;
}

export interface DueReportJson {
  today: string;
  actions: DueActionJson[];
  problems: ProblemJson[];
}

export function actionJson(a: DueAction): DueActionJson {
  return {
    kind: a.kind,
    file: a.file,
    company: a.company,
    person: a.person,
    title: a.title,
    due: a.due === null ? null : formatDay(a.due),
    opens: a.opens === null ? null : formatDay(a.opens),
    state: a.state,
  };
}

/** "line 4: message", with the 1-based line a person sees in an editor. */
export function problemMessage(problem: Problem): string {
  return problem.range ? `line ${problem.range.start.line + 1}: ${problem.message}` : problem.message;
}

/** Every note problem in path order, with the file prefixed by `prefix` (the notes folder inside the reported folder). */
export function indexProblems(index: NoteIndex, prefix = ''): ProblemJson[] {
  const out: ProblemJson[] = [];
  for (const file of index.files()) {
    for (const problem of index.get(file)!.problems) out.push({ file: prefix + file, message: problemMessage(problem) });
  }
  return out;
}
