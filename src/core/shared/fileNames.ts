/**
 * File names as the file system stores them: bytes, usually UTF-8 but not always (a Latin-1 name
 * copied from an old disk). Decoding them with U+FFFD would give `caf\xe9.md` and `caf\xe8.md` the
 * same name; instead each byte that is not part of valid UTF-8 becomes the lone surrogate
 * U+DC80–U+DCFF (as Python's `surrogateescape`), so the name is kept whole and distinct, and a
 * terminal or JSON shows it as `\udce9`.
 */

/** The bytes of a name as text, losslessly: valid UTF-8 decoded, every other byte as U+DC00 + byte. */
export function decodeFileName(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let code = length === 2 ? b & 0x1f : length === 3 ? b & 0x0f : b & 0x07;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) valid = false;
      else code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (valid && ((length === 3 && (code < 0x800 || (code >= 0xd800 && code <= 0xdfff))) || (length === 4 && (code < 0x10000 || code > 0x10ffff)))) valid = false;
    if (valid) {
      out += String.fromCodePoint(code);
      i += length;
    } else {
      out += String.fromCharCode(0xdc00 + b);
      i++;
    }
  }
  return out;
}

/** Whether a decoded name kept bytes that are not UTF-8. */
export function hasRawBytes(name: string): boolean {
  return /[\udc80-\udcff]/u.test(name);
}
