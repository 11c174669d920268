/**
 * The anchors: the checkers people already use, run on the same evaluation letters so that the
 * product's figures stand beside theirs (`npm run eval:letters`).
 *
 * - Harper (`harper.js`, Automattic's offline grammar checker, WASM): every lint, Markdown mode.
 * - retext: `retext-spell` (hunspell `dictionary-en`) + `retext-repeated-words` +
 *   `retext-indefinite-article`, on the nlcst of the letter's Markdown (remark-parse + GFM +
 *   front-matter, `mdast-util-to-nlcst`), as `remark-retext` would run them.
 * - cspell-lib: a prepared `DocumentValidator` with cspell's default settings (English, Markdown).
 *
 * Each gets the letter as a user would give it: the whole file, with the front-matter blanked
 * (spaces, so positions stay: none of them reads YAML front-matter as such), and the sender's name
 * as a word of the user's own word list. Findings have no code: scoring counts a planted error as
 * found when a finding overlaps it on its line, whatever the kind.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface AnchorFinding {
  /** 0-based, like the CLI's JSON. */
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  /** The replacements offered, best first. */
  suggestions: string[];
  rule: string;
}

export interface Anchor {
  readonly name: string;
  check(text: string): Promise<AnchorFinding[]>;
}

const ROOT = join(__dirname, '../../..');
/** ESM packages from this CommonJS build. */
const importEsm = new Function('u', 'return import(u)') as (u: string) => Promise<any>;
const esm = (entry: string) => importEsm(pathToFileURL(join(ROOT, 'node_modules', entry)).href);

/** The text with its front-matter replaced by spaces (line breaks kept). */
export function blankFrontMatter(text: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(text);
  return m ? m[0].replace(/[^\r\n]/g, ' ') + text.slice(m[0].length) : text;
}

/** Line starts, to turn offsets into positions. */
function positions(text: string): (offset: number) => { line: number; character: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  };
}

function finding(text: string, start: number, end: number, suggestions: string[], rule: string): AnchorFinding {
  const at = positions(text);
  const s = at(start);
  const e = at(end);
  return { line: s.line, character: s.character, endLine: e.line, endCharacter: e.character, suggestions, rule };
}

export async function harperAnchor(personalWords: string[]): Promise<Anchor> {
  const harper = await esm('harper.js/dist/index.js');
  const { binaryInlined } = await esm('harper.js/dist/binaryInlined.js');
  const linter = new harper.LocalLinter({ binary: binaryInlined });
  await linter.setup();
  if (personalWords.length > 0) await linter.importWords(personalWords);
  return {
    name: 'Harper',
    async check(text) {
      const body = blankFrontMatter(text);
      // Harper counts in characters (code points); the letters' text is in the BMP but one check costs nothing.
      const chars = Array.from(body);
      const toUnits = (i: number) => chars.slice(0, i).join('').length;
      const lints = await linter.lint(body, { language: 'markdown' });
      return lints.map((l: any) => {
        const span = l.span();
        const suggestions = l.suggestions().map((s: any) => s.get_replacement_text() as string);
        return finding(body, toUnits(span.start), toUnits(span.end), suggestions, l.lint_kind());
      });
    },
  };
}

export async function retextAnchor(personalWords: string[]): Promise<Anchor> {
  const [{ unified }, remarkParse, remarkGfm, remarkFrontmatter, { toNlcst }, { ParseEnglish }, retextSpell, retextRepeated, retextArticle, dictionary, { VFile }] = await Promise.all([
    esm('unified/index.js'),
    esm('remark-parse/index.js'),
    esm('remark-gfm/index.js'),
    esm('remark-frontmatter/index.js'),
    esm('mdast-util-to-nlcst/index.js'),
    esm('parse-english/index.js'),
    esm('retext-spell/index.js'),
    esm('retext-repeated-words/index.js'),
    esm('retext-indefinite-article/index.js'),
    esm('dictionary-en/index.js'),
    esm('vfile/index.js'),
  ]);
  const markdown = unified().use(remarkParse.default).use(remarkGfm.default).use(remarkFrontmatter.default).freeze();
  const english = unified()
    .use(retextSpell.default, { dictionary: dictionary.default, personal: personalWords.join('\n'), max: 10_000 })
    .use(retextRepeated.default)
    .use(retextArticle.default)
    .freeze();
  const parser = new ParseEnglish();
  return {
    name: 'retext',
    async check(text) {
      const file = new VFile({ value: text });
      const nlcst = toNlcst(markdown.parse(file), file, parser);
      await english.run(nlcst, file);
      return file.messages
        .filter((m: any) => m.place && 'start' in m.place)
        .map((m: any) => ({
          line: m.place.start.line - 1,
          character: m.place.start.column - 1,
          endLine: m.place.end.line - 1,
          endCharacter: m.place.end.column - 1,
          suggestions: (m.expected ?? []) as string[],
          rule: String(m.ruleId ?? m.source),
        }));
    },
  };
}

export async function cspellAnchor(personalWords: string[]): Promise<Anchor> {
  const cspell = await esm('cspell-lib/dist/index.js');
  const settings = { ...(await cspell.getDefaultSettings()), words: personalWords };
  const uri = pathToFileURL(join(ROOT, 'test/fixtures/letters-eval/letter.md')).href;
  return {
    name: 'cspell',
    async check(text) {
      const body = blankFrontMatter(text);
      const doc = cspell.createTextDocument({ uri, content: body, languageId: 'markdown', locale: 'en' });
      const validator = new cspell.DocumentValidator(doc, { noConfigSearch: true, generateSuggestions: true, numSuggestions: 5 }, settings);
      await validator.prepare();
      return validator.checkDocument().map((issue: any) => {
        const suggestions = (issue.suggestionsEx ?? []).map((s: any) => s.wordAdjustedToMatchCase ?? s.word) as string[];
        return finding(body, issue.offset, issue.offset + issue.text.length, suggestions, 'spelling');
      });
    },
  };
}

/** Every anchor that loads here; one that cannot load is reported by name and reason, not hidden. */
export async function loadAnchors(personalWords: string[]): Promise<{ anchors: Anchor[]; failed: { name: string; reason: string }[] }> {
  const anchors: Anchor[] = [];
  const failed: { name: string; reason: string }[] = [];
  for (const [name, load] of [
    ['Harper', harperAnchor],
    ['retext', retextAnchor],
    ['cspell', cspellAnchor],
  ] as const) {
    try {
      anchors.push(await load(personalWords));
    } catch (e) {
      failed.push({ name, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return { anchors, failed };
}
