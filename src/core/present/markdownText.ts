/**
 * Note values in Markdown and in notifications: always as text. A company named
 * `Acme ![](https://tracker.example/p.png)` must not fetch an image on hover, a link or a
 * `$(icon)` must not render, and a backtick in a file name must not end its code span.
 */

/** Text for a Markdown paragraph: every ASCII punctuation character backslash-escaped (CommonMark), line breaks as spaces. */
export function markdownText(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/** Text as an inline code span: fenced with more backticks than any run inside, padded when it starts or ends with one. */
export function markdownCode(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Text for a notification or a status message, where `$(name)` draws an icon and `[label](target)`
 * a link: both are broken apart (`$ (name)`, `] (target)`), so a note value reads as written and does nothing.
 */
export function messageText(text: string): string {
  return text.replace(/\$\(/g, '$ (').replace(/\]\(/g, '] (');
}
