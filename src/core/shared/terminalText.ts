/**
 * Text for a terminal. Note values and file names are untrusted: an ESC or OSC sequence would
 * clear the screen, set the window title or write the clipboard; a CR rewrites the line; bidi
 * controls reorder what is shown; zero-width, tag (U+E0000–E007F) and other format characters
 * hide text. Every such character is shown as a visible escape (`\u202e`, `\u{e0041}`) instead.
 */

/**
 * C0 and C1 controls and DEL (Cc), format characters (Cf: zero-width, bidi controls, tags, BOM,
 * soft hyphen...), line and paragraph separators, lone surrogates (a file name that is not UTF-8,
 * kept losslessly) and the Hangul fillers that draw as nothing.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115f\u1160\u3164\uffa0]/gu;
const INVISIBLE_BUT_LAYOUT = /(?![\t\n]|\r\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115f\u1160\u3164\uffa0]/gu;

function escapeOne(c: string): string {
  const code = c.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of terminal text: line breaks become spaces, every other invisible or control character an escape. */
export function terminalLine(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(INVISIBLE, escapeOne);
}

/** Several lines (a diff, a list): line breaks (LF, CRLF) and tabs stay, every other invisible or control character (a lone CR too) is escaped. */
export function terminalBlock(text: string): string {
  return text.replace(INVISIBLE_BUT_LAYOUT, escapeOne);
}

/**
 * JSON for a terminal: the same characters written as JSON `\uXXXX` escapes (surrogate pairs for
 * the tag characters), so the value a program parses is unchanged and nothing reaches the terminal raw.
 */
export function terminalJson(value: unknown, space = 2): string {
  // JSON.stringify escapes C0 controls and lone surrogates inside strings already; the line breaks left are its layout.
  return JSON.stringify(value, null, space).replace(INVISIBLE_BUT_LAYOUT, (c) => {
    let out = '';
    for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return out;
  });
}
