/**
 * Turns the bytes of an imported file into text, the way the file was written rather than the
 * way we hope it was: a byte-order mark says UTF-8 or UTF-16; a file full of zero bytes is UTF-16
 * without one; otherwise strict UTF-8, and when that fails Windows-1252 — what Excel's
 * "CSV (puntkomma)" writes on a Dutch Windows machine. The encoding found is reported, so the
 * preview can say how the file was read.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** true when a byte-order mark told us; false when we worked it out */
  fromBom: boolean;
}

function decode(bytes: Uint8Array, encoding: TextEncodingName, fatal = false): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

/** UTF-16 without a BOM: ASCII-heavy text has a zero in every other byte. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros += 1;
    if (sample[i + 1] === 0) oddZeros += 1;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode(bytes.subarray(3), 'utf-8'), encoding: 'utf-8', fromBom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', fromBom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', fromBom: true };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: decode(bytes, utf16), encoding: utf16, fromBom: false };
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'utf-8', fromBom: false };
  } catch {
    // Not valid UTF-8: every byte is a character in Windows-1252, so this never fails.
    return { text: decode(bytes, 'windows-1252'), encoding: 'windows-1252', fromBom: false };
  }
}

/** Decodes a value's bytes in the charset a vCard names (CHARSET=...); unknown names read as UTF-8. */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const name = (charset ?? 'utf-8').toLowerCase();
  const known = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1', 'iso-8859-15', 'us-ascii'];
  if (known.includes(name)) {
    // TextDecoder reads iso-8859-1 and us-ascii as windows-1252, its superset; that is what we want.
    return new TextDecoder(name, { ignoreBOM: false }).decode(bytes);
  }
  try {
    return new TextDecoder(name).decode(bytes);
  } catch {
    return decodeBytes(bytes).text;
  }
}
