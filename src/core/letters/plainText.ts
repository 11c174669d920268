/**
 * A letter's Markdown as the plain text a mail program or a printed page shows: read by the same
 * unified/remark parser as the checks (GFM, front-matter), then written out as readable text.
 * Paragraphs and their line breaks stay; emphasis, code marks and escapes go; a link becomes
 * `text <url>`; lists keep their bullets and numbers; block quotes their `>`; HTML comments
 * (notes to oneself) are dropped.
 */
import type * as Mdast from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

type Definitions = ReadonlyMap<string, string>;

/** The plain text of a Markdown text (front-matter, if any, left out); lines end in `\n`. */
export function markdownToPlainText(text: string): string {
  const tree = markdown.parse(text) as Mdast.Root;
  const definitions = new Map<string, string>();
  const footnotes: Mdast.FootnoteDefinition[] = [];
  for (const node of tree.children) {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    if (node.type === 'footnoteDefinition') footnotes.push(node);
  }
  const blocks = blocksText(tree.children, definitions, text);
  const notes = footnotes.map((f) => prefixLines(blocksText(f.children, definitions, text), `[^${f.label ?? f.identifier}]: `, '    '));
  return tidy([blocks, ...notes].filter(Boolean).join('\n\n'));
}

/** Trailing spaces off every line, at most one blank line in a row, no blank lines at either end. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

function blocksText(nodes: readonly Mdast.RootContent[], defs: Definitions, source: string, tight = false): string {
  const out: string[] = [];
  for (const node of nodes) {
    const block = blockText(node, defs, source);
    if (block !== undefined && block.trim() !== '') out.push(block);
  }
  return out.join(tight ? '\n' : '\n\n');
}

function blockText(node: Mdast.RootContent, defs: Definitions, source: string): string | undefined {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(node.children, defs, source);
    case 'blockquote':
      return prefixLines(blocksText(node.children, defs, source), '> ', '> ');
    case 'list':
      return listText(node, defs, source);
    case 'code':
      return node.value;
    case 'html':
      return htmlText(node.value);
    case 'thematicBreak':
      return '----------';
    case 'table':
      return node.children.map((row) => row.children.map((cell) => inlineText(cell.children, defs, source).replace(/\n/g, ' ')).join(' | ')).join('\n');
    case 'yaml':
    case 'definition':
    case 'footnoteDefinition':
      return undefined;
    default:
      return 'children' in node ? blocksText(node.children as Mdast.RootContent[], defs, source) : 'value' in node ? String(node.value) : undefined;
  }
}

function listText(list: Mdast.List, defs: Definitions, source: string): string {
  const start = list.start ?? 1;
  const tight = list.spread !== true && list.children.every((item) => item.spread !== true);
  const items = list.children.map((item, i) => {
    const marker = list.ordered ? `${start + i}. ` : '- ';
    const check = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
    const body = blocksText(item.children, defs, source, tight);
    return prefixLines(check + body, marker, ' '.repeat(marker.length));
  });
  return items.join(tight ? '\n' : '\n\n');
}

/** Puts `first` before the first line and `rest` before every other non-empty line. */
function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first + line : line === '' ? rest.trimEnd() : rest + line))
    .join('\n');
}

function inlineText(nodes: readonly Mdast.PhrasingContent[], defs: Definitions, source: string): string {
  return nodes.map((node) => inlineNode(node, defs, source)).join('');
}

function inlineNode(node: Mdast.PhrasingContent, defs: Definitions, source: string): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
      return htmlText(node.value);
    case 'link':
      return withUrl(inlineText(node.children, defs, source), node.url);
    case 'linkReference': {
      const url = defs.get(node.identifier);
      const label = inlineText(node.children, defs, source);
      return url === undefined ? sourceOf(node, source) ?? label : withUrl(label, url);
    }
    case 'image':
      return withUrl(node.alt ?? '', node.url);
    case 'imageReference': {
      const url = defs.get(node.identifier);
      return url === undefined ? sourceOf(node, source) ?? node.alt ?? '' : withUrl(node.alt ?? '', url);
    }
    case 'footnoteReference':
      return `[^${node.label ?? node.identifier}]`;
    default: {
      // emphasis, strong, delete and any phrasing a plugin adds: their text.
      const other = node as Mdast.Node & { children?: Mdast.PhrasingContent[]; value?: unknown };
      return other.children ? inlineText(other.children, defs, source) : other.value !== undefined ? String(other.value) : '';
    }
  }
}

/** "text <url>"; just the address when the text already is it (an autolink, a bare e-mail link). */
function withUrl(text: string, url: string): string {
  const shown = text.trim();
  if (!url) return shown;
  if (shown === '' ) return url;
  if (shown === url || `mailto:${shown}` === url || `http://${shown}` === url || `https://${shown}` === url) return shown;
  return `${shown} <${url}>`;
}

/** HTML in a letter: a comment is a note to oneself (dropped), `<br>` a line break; other markup stays as written. */
function htmlText(value: string): string {
  return value.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/<br\s*\/?>/gi, '\n');
}

function sourceOf(node: Mdast.Node, source: string): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : source.slice(start, end);
}
