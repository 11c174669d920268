/**
 * Text for a terminal: control characters from note values and file names (ESC sequences that
 * clear the screen or set the window title, a CR that rewrites the line, bidirectional overrides
 * that reorder what is shown) are made visible instead of obeyed.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
