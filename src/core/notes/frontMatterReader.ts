/**
 * Reads the front-matter block that findFrontMatter accepted (a first line of exactly `---` or
 * `---yaml`, closed, at most 64 KB, valid UTF-8) with the project's own failsafe, ranged YAML
 * parser (the fast path, else `yaml`): dates stay text and every value keeps its source range.
 *
 * One rule more: a line inside the block that starts with `---` is refused, because gray-matter
 * (and the tools built on it: Obsidian plugins, static site generators) would end the front-matter
 * there and read the rest as the note's body. That is the only answer of gray-matter's that ever
 * differed from the parser's once the gate had passed a block; a differential test holds this rule
 * to gray-matter's own answers (test/unit/frontMatterReader.test.ts), so gray-matter's per-call
 * work (about a tenth of a cold index) is no longer done for every note.
 */
import { parseYamlTree, type YamlResult } from './yamlTree';

/** A line of the block that begins with `---`: where gray-matter would close the front-matter. */
const FENCE_INSIDE = /(?:^|\n)---/;

/** @param yaml the front-matter between the fences, as findFrontMatter found it (it starts on line 1). */
export function readFrontMatterTree(yaml: string): YamlResult {
  if (FENCE_INSIDE.test(yaml)) {
    return { ok: false, error: { message: 'a line inside the front-matter starts with ---, which ends the front-matter for other tools: indent it or quote it' } };
  }
  return parseYamlTree(yaml, 1);
}
