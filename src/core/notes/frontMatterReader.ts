/**
 * gray-matter reads the front-matter, behind the project's gate: it only ever sees a block that
 * findFrontMatter accepted (a first line of exactly `---` or `---yaml`, closed, at most 64 KB, valid
 * UTF-8), rebuilt as `---\n<yaml>---\n`; it is always called with an options object (so nothing
 * is cached); and every engine that could run code (`js`, `javascript`, `coffee`, `coffeescript`,
 * `cson`) or read another language (`json`, `toml`) is replaced by one that refuses. The YAML
 * engine is the project's own failsafe, ranged parser (the fast path, else `yaml`): dates stay
 * text and every value keeps its source range.
 */
import matter from 'gray-matter';
import { parseYamlTree, type YamlResult } from './yamlTree';

const refuse = (): never => {
  throw new Error('only YAML front-matter is read, and code in notes is never run');
};
const REFUSE = { parse: refuse, stringify: refuse };

/** The block gray-matter must hand the engine for the current call (gray-matter is synchronous). */
let current: { yaml: string; expected: string; tree?: YamlResult } = { yaml: '', expected: '' };

/** One options object for every call (an options object is what keeps gray-matter from caching). */
const OPTIONS = {
  language: 'yaml',
  delimiters: '---',
  excerpt: false,
  engines: {
    // gray-matter hands over the block after the opening fence without its last line break; it must
    // be the gate's block, which the ranged parser reads from line 1 (the line after the fence).
    yaml: {
      parse: (block: string) => {
        current.tree = block === current.expected ? parseYamlTree(current.yaml, 1) : undefined;
        return {};
      },
      stringify: refuse,
    },
    javascript: REFUSE,
    js: REFUSE,
    coffee: REFUSE,
    coffeescript: REFUSE,
    cson: REFUSE,
    json: REFUSE,
    toml: REFUSE,
  },
};

/** @param yaml the front-matter between the fences, as findFrontMatter found it (it starts on line 1). */
export function readFrontMatterTree(yaml: string): YamlResult {
  const call = { yaml, expected: yaml === '' ? '' : `\n${yaml.slice(0, -1)}` };
  current = call;
  const file = matter(`---\n${yaml}---\n`, OPTIONS);
  if (file.matter !== call.expected) {
    return { ok: false, error: { message: 'a line inside the front-matter starts with ---, which ends the front-matter for other tools: indent it or quote it' } };
  }
  // A front-matter of comments only is "empty" to gray-matter: the engine is not called.
  return (call as { tree?: YamlResult }).tree ?? parseYamlTree(yaml, 1);
}
