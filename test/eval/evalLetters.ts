/**
 * `npm run eval:letters [-- set-folder ...]`: runs the CLI's `check` on every letter of each
 * evaluation set (test/fixtures/letters-eval/<set>/, format in its README) with the set's `today`
 * and its own .vscode/settings.json, then prints per set the recall per category (a planted error
 * is found when a diagnostic with its code starts on its line and overlaps its text), every false
 * positive (file:line code "text"), the totals, and as the last line one JSON object.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkReport, type DiagnosticJson } from '../../src/cli/checkCommand';
import { loadAnchors, type Anchor } from './anchors';
import { parseDay } from '../../src/core/shared/days';

interface PlantedError {
  file: string;
  line: number;
  text: string;
  code: string;
  category: string;
  note?: string;
}

interface Truth {
  today: string;
  senderName?: string;
  clean: string[];
  errors: PlantedError[];
}

export interface SetResult {
  set: string;
  checker: string;
  planted: number;
  found: number;
  falsePositives: number;
  byCategory: Record<string, { planted: number; found: number }>;
  /** Planted misspellings whose first suggestion is the word meant (the truth's `note`). */
  firstSuggestion: { right: number; of: number };
  missed: { file: string; line: number; code: string; text: string }[];
  falsePositiveList: { file: string; line: number; code: string; text: string }[];
  wrongFirstSuggestions: { file: string; line: number; text: string; meant: string; first: string | undefined }[];
  cleanLettersWithDiagnostics: number;
}

/** One reported problem, ours or an anchor's (0-based positions; `code` absent for anchors). */
interface Finding {
  file: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  code?: string;
  suggestions: string[];
}

const ROOT = resolve(__dirname, '../../..');

function lineOf(text: string, line: number): string {
  return text.split(/\r?\n/)[line - 1] ?? '';
}

/** Whether finding `d` finds planted error `e` (1-based line, text on that line); anchors have no codes to match. */
function finds(d: Finding, e: PlantedError, fileText: string): boolean {
  if ((d.code !== undefined && d.code !== e.code) || d.line !== e.line - 1) return false;
  const lineText = lineOf(fileText, e.line);
  const column = lineText.indexOf(e.text);
  if (column === -1) return false;
  const end = d.endLine > d.line ? Infinity : d.endCharacter;
  return d.character < column + e.text.length && end > column;
}

/** The word meant, from a truth note ("definitely (in a table cell)" → "definitely"). */
function meantWord(note: string | undefined): string | undefined {
  return note?.replace(/\s*\(.*$/, '').trim() || undefined;
}

interface LoadedSet {
  dir: string;
  truth: Truth;
  letters: string[];
  texts: Map<string, string>;
}

function loadSet(dir: string): LoadedSet {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
  const letters = readdirSync(join(dir, 'letters')).filter((f) => f.endsWith('.md')).map((f) => `letters/${f}`).sort();
  const texts = new Map(letters.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  return { dir, truth, letters, texts };
}

async function ourFindings(set: LoadedSet): Promise<Finding[]> {
  const today = parseDay(set.truth.today);
  if (today === undefined) throw new Error(`${set.dir}/truth.json: bad today ${set.truth.today}`);
  const report = await checkReport(set.letters, today, set.dir);
  return report.diagnostics.map((d: DiagnosticJson) => ({
    ...d,
    // A fix's first edit is what one keystroke applies.
    suggestions: d.fixes.map((f) => f.edits[0]?.newText).filter((t): t is string => t !== undefined),
  }));
}

async function anchorFindings(set: LoadedSet, anchor: Anchor): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const file of set.letters) for (const f of await anchor.check(set.texts.get(file)!)) out.push({ file, ...f });
  return out;
}

function score(set: LoadedSet, checker: string, findings: Finding[]): SetResult {
  const { truth, texts } = set;
  const used = new Set<Finding>();
  const byCategory: SetResult['byCategory'] = {};
  const missed: SetResult['missed'] = [];
  const wrongFirstSuggestions: SetResult['wrongFirstSuggestions'] = [];
  const firstSuggestion = { right: 0, of: 0 };
  for (const e of truth.errors) {
    const bucket = (byCategory[e.category] ??= { planted: 0, found: 0 });
    bucket.planted++;
    const hit = findings.find((d) => !used.has(d) && d.file === e.file && finds(d, e, texts.get(e.file) ?? ''));
    if (hit) {
      used.add(hit);
      bucket.found++;
    } else {
      missed.push({ file: e.file, line: e.line, code: e.code, text: e.text });
    }
    const meant = meantWord(e.note);
    if (e.code === 'spelling' && meant !== undefined) {
      firstSuggestion.of++;
      const first = hit?.suggestions[0];
      if (first === meant) firstSuggestion.right++;
      else wrongFirstSuggestions.push({ file: e.file, line: e.line, text: e.text, meant, first });
    }
  }
  const falsePositiveList = findings
    .filter((d) => !used.has(d))
    .map((d) => {
      const lineText = lineOf(texts.get(d.file) ?? '', d.line + 1);
      const text = d.endLine === d.line ? lineText.slice(d.character, d.endCharacter) : lineText.slice(d.character);
      return { file: d.file, line: d.line + 1, code: d.code ?? '', text };
    });
  const found = truth.errors.length - missed.length;
  return {
    set: set.dir,
    checker,
    planted: truth.errors.length,
    found,
    falsePositives: falsePositiveList.length,
    byCategory,
    firstSuggestion,
    missed,
    falsePositiveList,
    wrongFirstSuggestions,
    cleanLettersWithDiagnostics: truth.clean.filter((f) => findings.some((d) => d.file === f)).length,
  };
}

/** The product on one set, as the CLI's `check` reports it. */
export async function evaluateSet(dir: string): Promise<SetResult> {
  const set = loadSet(dir);
  return score(set, 'this product', await ourFindings(set));
}

/** The anchors on one set (the sender's name in each one's user word list); and the ones that could not run, with why. */
export async function evaluateAnchors(dir: string): Promise<{ results: SetResult[]; failed: { name: string; reason: string }[] }> {
  const set = loadSet(dir);
  const personal = (set.truth.senderName ?? '').split(/[\s-]+/).filter((w) => w.length > 0);
  const { anchors, failed } = await loadAnchors(personal);
  const results: SetResult[] = [];
  for (const anchor of anchors) results.push(score(set, anchor.name, await anchorFindings(set, anchor)));
  return { results, failed };
}

function defaultSets(): string[] {
  const base = join(ROOT, 'test/fixtures/letters-eval');
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(base, e.name, 'truth.json')))
    .map((e) => join(base, e.name))
    .sort();
}

function print(r: SetResult): void {
  const out = process.stdout;
  out.write(`\n== ${r.set}\n`);
  out.write('recall by category:\n');
  for (const [category, { planted, found }] of Object.entries(r.byCategory).sort()) {
    out.write(`  ${category.padEnd(20)} ${String(found).padStart(2)} / ${planted}\n`);
  }
  if (r.missed.length > 0) {
    out.write('missed:\n');
    for (const m of r.missed) out.write(`  ${m.file}:${m.line} ${m.code} "${m.text}"\n`);
  }
  out.write(`false positives (${r.falsePositives}):\n`);
  for (const f of r.falsePositiveList) out.write(`  ${f.file}:${f.line} ${f.code} "${f.text}"\n`);
  if (r.wrongFirstSuggestions.length > 0) {
    out.write('first suggestion not the word meant:\n');
    for (const w of r.wrongFirstSuggestions) out.write(`  ${w.file}:${w.line} "${w.text}" → ${w.first === undefined ? '(none)' : `"${w.first}"`}, meant "${w.meant}"\n`);
  }
  out.write(
    `total: found ${r.found} of ${r.planted} planted errors; ${r.falsePositives} false positives; ${r.cleanLettersWithDiagnostics} clean letters with a diagnostic; ` +
      `first suggestion right for ${r.firstSuggestion.right} of ${r.firstSuggestion.of} misspellings\n`,
  );
}

/** One table per set: the product and each anchor side by side. */
function printSideBySide(set: string, rows: SetResult[], failed: { name: string; reason: string }[]): void {
  const out = process.stdout;
  out.write(`\n== ${set}: side by side (anchors: any finding overlapping the planted error counts, whatever its kind)\n`);
  out.write(`  ${'checker'.padEnd(14)} ${'found'.padStart(9)} ${'false pos.'.padStart(10)} ${'1st sugg.'.padStart(9)}\n`);
  for (const r of rows) {
    out.write(`  ${r.checker.padEnd(14)} ${`${r.found}/${r.planted}`.padStart(9)} ${String(r.falsePositives).padStart(10)} ${`${r.firstSuggestion.right}/${r.firstSuggestion.of}`.padStart(9)}\n`);
  }
  for (const f of failed) out.write(`  ${f.name}: could not run here: ${f.reason}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // `--no-anchors`: the product alone (the anchors take a few seconds per set).
  const withAnchors = !args.includes('--no-anchors');
  const folders = args.filter((a) => !a.startsWith('--'));
  const sets = folders.length > 0 ? folders.map((a) => resolve(a)) : defaultSets();
  if (sets.length === 0) {
    process.stderr.write('No evaluation sets: pass set folders, or add them under test/fixtures/letters-eval/.\n');
    process.exit(2);
  }
  const results: SetResult[] = [];
  for (const dir of sets) {
    const r = await evaluateSet(dir);
    results.push(r);
    print(r);
    if (withAnchors) {
      const { results: anchors, failed } = await evaluateAnchors(dir);
      results.push(...anchors);
      printSideBySide(dir, [r, ...anchors], failed);
    }
  }
  const summary = results.map((r) => ({
    set: r.set,
    checker: r.checker,
    planted: r.planted,
    found: r.found,
    falsePositives: r.falsePositives,
    firstSuggestion: r.firstSuggestion,
    byCategory: r.byCategory,
  }));
  process.stdout.write(`${JSON.stringify({ sets: summary })}\n`);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
