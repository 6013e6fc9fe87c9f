// Cheap checks on raw importer input, run before any parsing: size, emptiness, and whether
// the bytes are really UTF-8 text. Parsing binary junk would "succeed" with garbage, so these
// are refused up front with a message a newsroom user can act on.

import { ArticleInputError, MAX_ARTICLE_BYTES } from './input-error';

export type RawInputCheck = { ok: true; text: string } | { ok: false; error: ArticleInputError };

// Magic numbers of formats people commonly upload by mistake instead of the article text.
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // zip, docx, xlsx, epub
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xff, 0xd8, 0xff], // JPEG
  [0xd0, 0xcf, 0x11, 0xe0], // legacy .doc / .xls
];

const CONTROL_CHARACTERS = /[\u0001-\u0008\u000E-\u001F\u007F]/g;

function fail(code: ConstructorParameters<typeof ArticleInputError>[0]): RawInputCheck {
  return { ok: false, error: new ArticleInputError(code) };
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/**
 * Byte length of `text` once encoded as UTF-8, without allocating the encoding.
 * Returns null when the string holds a lone surrogate, which no UTF-8 source can produce.
 */
export function utf8ByteLength(text: string): number | null {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return null;
      bytes += 4;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return null;
    else bytes += 3;
  }
  return bytes;
}

function checkDecodedText(text: string): RawInputCheck {
  const byteLength = utf8ByteLength(text);
  if (byteLength === null) return fail('not-utf8');
  if (byteLength > MAX_ARTICLE_BYTES) return fail('too-large');
  if (text.includes('\u0000')) return fail('binary');
  // U+FFFD means an earlier step already decoded non-UTF-8 bytes and lost the original
  // characters; quoting claims from such text would misquote the article.
  if (text.includes('\uFFFD')) return fail('not-utf8');
  const controls = text.match(CONTROL_CHARACTERS)?.length ?? 0;
  const ratio = controls / text.length;
  if (ratio > 0.05 || (controls > 8 && ratio > 0.01)) return fail('binary');
  const withoutBom = text.replace(/^\uFEFF/, '');
  if (withoutBom.trim() === '') return fail('empty');
  return { ok: true, text: withoutBom };
}

function checkBytes(bytes: Uint8Array): RawInputCheck {
  if (bytes.length === 0) return fail('empty');
  if (bytes.length > MAX_ARTICLE_BYTES) return fail('too-large');
  // UTF-16 text is full of NUL bytes; say "wrong encoding" rather than "binary".
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return fail('not-utf8');
  if (BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature))) return fail('binary');
  if (bytes.includes(0)) return fail('binary');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('not-utf8');
  }
  return checkDecodedText(text);
}

/**
 * Refuses input that cannot be an article: empty, over 1 MB of UTF-8, binary, or not UTF-8.
 * Accepts either already-decoded text or the raw bytes of an upload (Buffer is a Uint8Array).
 */
export function checkRawInput(raw: string | Uint8Array): RawInputCheck {
  return typeof raw === 'string' ? checkDecodedText(raw) : checkBytes(raw);
}
