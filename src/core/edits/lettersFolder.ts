/** Where new thank-you letters go: where the user's letters already live. */
import { dirname, joinRelative } from '../shared/paths';

/** The folder for a first letter when none exists yet: next to the interview. */
const DEFAULT_LETTERS_SUBFOLDER = 'thank-you';

export interface LettersFolder {
  /** Relative to the workspace folder, `/`-separated; '' is the folder itself. */
  readonly folder: string;
  /** Why the setting was not used, when it was not. */
  readonly problem?: string;
}

/**
 * @param interview the interview note's path, relative to the workspace folder
 * @param letters the paths of the letters already in that workspace folder
 * @param setting `interviewFollowUp.lettersFolder`: a folder relative to the workspace folder, or '' to infer it
 * @returns the setting when given; otherwise the folder that holds most letters (on a tie the
 *   one nearest the interview, then the first by name); with no letter yet, `thank-you/` next to the interview.
 */
export function lettersFolderFor(interview: string, letters: readonly string[], setting: string): LettersFolder {
  let problem: string | undefined;
  if (setting.trim() !== '') {
    const folder = joinRelative('', setting.trim());
    if (folder !== undefined) return { folder: folder.replace(/\/+$/, '') };
    problem = `interviewFollowUp.lettersFolder "${setting}" leaves the workspace folder; letters go where the others are`;
  }
  const counts = new Map<string, number>();
  for (const letter of letters) counts.set(dirname(letter), (counts.get(dirname(letter)) ?? 0) + 1);
  const withProblem = (folder: string): LettersFolder => (problem ? { folder, problem } : { folder });
  if (counts.size === 0) return withProblem(joinRelative(dirname(interview), DEFAULT_LETTERS_SUBFOLDER)!);
  const home = dirname(interview);
  const [best] = [...counts].sort(([a, n], [b, m]) => m - n || distance(a, home) - distance(b, home) || a.localeCompare(b));
  return withProblem(best[0]);
}

function segments(path: string): string[] {
  return path === '' ? [] : path.split('/');
}

function sharedSegments(a: string, b: string): number {
  const x = segments(a);
  const y = segments(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** Steps from one folder to the other through their common parent. */
function distance(a: string, b: string): number {
  const shared = sharedSegments(a, b);
  return segments(a).length + segments(b).length - 2 * shared;
}
