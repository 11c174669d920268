/** Turns a note file's bytes into text, refusing what is not UTF-8 text instead of mangling it. */

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly bom: boolean }
  | { readonly ok: false; readonly message: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

/** True when the bytes (after an optional BOM) begin with `---`, the only way a note can start. */
export function startsWithFence(bytes: Uint8Array): boolean {
  const at = hasBom(bytes) ? 3 : 0;
  return bytes[at] === 0x2d && bytes[at + 1] === 0x2d && bytes[at + 2] === 0x2d;
}

const WHOLE = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * @param truncated the bytes are only the head of the file, so a multi-byte character may be cut at the end.
 */
export function decodeNoteBytes(bytes: Uint8Array, truncated = false): DecodedText {
  if (bytes.includes(0)) {
    return { ok: false, message: 'The file holds binary data (NUL bytes), so it is not read as a note.' };
  }
  const bom = hasBom(bytes);
  try {
    // A whole file: one shared decoder (each call without `stream` starts afresh). A head cut short
    // may end inside a character, which a streaming decoder of its own keeps back instead of refusing.
    const decoder = truncated ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) : WHOLE;
    const text = decoder.decode(bom ? bytes.subarray(3) : bytes, { stream: truncated });
    return { ok: true, text, bom };
  } catch {
    return {
      ok: false,
      message: 'The file is not valid UTF-8 text (perhaps saved as Latin-1 or another encoding): save it as UTF-8 to use it as a note.',
    };
  }
}
