/**
 * Reads the front-matter block that findFrontMatter accepted (a first line of exactly `---` or
 * `---yaml`, closed, at most 64 KB, valid UTF-8) with the project's failsafe, ranged YAML parser
 * (the fast path, else `yaml`): dates stay text and every value keeps its source range.
 *
 * One rule comes from the other tools that read the same notes: gray-matter, Jekyll, Hugo and
 * Obsidian end the front-matter at the first line that starts with `---`, so a block with such a
 * line inside is refused rather than read differently from them. This used to be asked of
 * gray-matter itself; it is one line, and gray-matter needs Node's `Buffer` on every call, which
 * the browser's extension host does not have. A differential test holds this rule to
 * gray-matter's answers.
 */
import { parseYamlTree, type YamlResult } from './yamlTree';

/** Whether a line of the block starts with `---` (where gray-matter and the others would end the front-matter). */
export function endsEarlyForOtherTools(yaml: string): boolean {
  return yaml.startsWith('---') || yaml.includes('\n---');
}

/** @param yaml the front-matter between the fences, as findFrontMatter found it (it starts on line 1). */
export function readFrontMatterTree(yaml: string): YamlResult {
  if (endsEarlyForOtherTools(yaml)) {
    return { ok: false, error: { message: 'a line inside the front-matter starts with ---, which ends the front-matter for other tools: indent it or quote it' } };
  }
  return parseYamlTree(yaml, 1);
}
