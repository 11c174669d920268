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
  planted: number;
  found: number;
  falsePositives: number;
  byCategory: Record<string, { planted: number; found: number }>;
  missed: { file: string; line: number; code: string; text: string }[];
  falsePositiveList: { file: string; line: number; code: string; text: string }[];
  cleanLettersWithDiagnostics: number;
}

const ROOT = resolve(__dirname, '../../..');

function lineOf(text: string, line: number): string {
  return text.split(/\r?\n/)[line - 1] ?? '';
}

/** Whether diagnostic `d` finds planted error `e` (1-based line, text on that line). */
function finds(d: DiagnosticJson, e: PlantedError, fileText: string): boolean {
  if (d.code !== e.code || d.line !== e.line - 1) return false;
  const lineText = lineOf(fileText, e.line);
  const column = lineText.indexOf(e.text);
  if (column === -1) return false;
  const end = d.endLine > d.line ? Infinity : d.endCharacter;
  return d.character < column + e.text.length && end > column;
}

export async function evaluateSet(dir: string): Promise<SetResult> {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
  const today = parseDay(truth.today);
  if (today === undefined) throw new Error(`${dir}/truth.json: bad today ${truth.today}`);
  const letters = readdirSync(join(dir, 'letters')).filter((f) => f.endsWith('.md')).map((f) => `letters/${f}`).sort();
  const report = await checkReport(letters, today, dir);
  const texts = new Map(letters.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

  const used = new Set<DiagnosticJson>();
  const byCategory: SetResult['byCategory'] = {};
  const missed: SetResult['missed'] = [];
  for (const e of truth.errors) {
    const bucket = (byCategory[e.category] ??= { planted: 0, found: 0 });
    bucket.planted++;
    const hit = report.diagnostics.find((d) => !used.has(d) && d.file === e.file && finds(d, e, texts.get(e.file) ?? ''));
    if (hit) {
      used.add(hit);
      bucket.found++;
    } else {
      missed.push({ file: e.file, line: e.line, code: e.code, text: e.text });
    }
  }
  const falsePositiveList = report.diagnostics
    .filter((d) => !used.has(d))
    .map((d) => {
      const lineText = lineOf(texts.get(d.file) ?? '', d.line + 1);
      const text = d.endLine === d.line ? lineText.slice(d.character, d.endCharacter) : lineText.slice(d.character);
      return { file: d.file, line: d.line + 1, code: d.code, text };
    });
  const found = truth.errors.length - missed.length;
  return {
    set: dir,
    planted: truth.errors.length,
    found,
    falsePositives: falsePositiveList.length,
    byCategory,
    missed,
    falsePositiveList,
    cleanLettersWithDiagnostics: truth.clean.filter((f) => report.diagnostics.some((d) => d.file === f)).length,
  };
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
  out.write(`total: found ${r.found} of ${r.planted} planted errors; ${r.falsePositives} false positives; ${r.cleanLettersWithDiagnostics} clean letters with a diagnostic\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sets = args.length > 0 ? args.map((a) => resolve(a)) : defaultSets();
  if (sets.length === 0) {
    process.stderr.write('No evaluation sets: pass set folders, or add them under test/fixtures/letters-eval/.\n');
    process.exit(2);
  }
  const results: SetResult[] = [];
  for (const dir of sets) {
    const r = await evaluateSet(dir);
    results.push(r);
    print(r);
  }
  const summary = results.map((r) => ({
    set: r.set,
    planted: r.planted,
    found: r.found,
    falsePositives: r.falsePositives,
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
