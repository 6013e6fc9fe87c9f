import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from './input-error';
import { checkRawInput, utf8ByteLength } from './validate-input';

const bytes = (...values: number[]) => new Uint8Array(values);
const errorCode = (raw: string | Uint8Array) => {
  const result = checkRawInput(raw);
  return result.ok ? null : result.error.code;
};

describe('checkRawInput', () => {
  it('refuses empty and whitespace-only input', () => {
    expect(errorCode('')).toBe('empty');
    expect(errorCode(' \n\t\u00a0\r\n')).toBe('empty');
    expect(errorCode('\uFEFF  ')).toBe('empty');
    expect(errorCode(new Uint8Array())).toBe('empty');
    expect(errorCode(new TextEncoder().encode('\n\n  \n'))).toBe('empty');
  });

  it('allows exactly 1 MB and refuses one byte more, counting UTF-8 bytes not characters', () => {
    expect(errorCode('a'.repeat(MAX_ARTICLE_BYTES))).toBeNull();
    expect(errorCode('a'.repeat(MAX_ARTICLE_BYTES + 1))).toBe('too-large');
    // "é" is two bytes in UTF-8, so half a million of them already exceed the limit.
    expect(errorCode('é'.repeat(MAX_ARTICLE_BYTES / 2 + 1))).toBe('too-large');
    expect(errorCode(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61))).toBe('too-large');
  });

  it('refuses binary content', () => {
    expect(errorCode('Berita\u0000\u0000biner')).toBe('binary');
    expect(errorCode(bytes(0x48, 0x69, 0x00, 0x21))).toBe('binary');
    expect(errorCode(new TextEncoder().encode('%PDF-1.7 rest of a pdf'))).toBe('binary');
    expect(errorCode(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a))).toBe('binary');
    expect(errorCode('\u0001\u0002\u0003\u0004 some text')).toBe('binary');
  });

  it('refuses text that is not UTF-8 or was decoded badly', () => {
    expect(errorCode(bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b))).toBe('not-utf8'); // Latin-1 "Café ok"
    expect(errorCode(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00))).toBe('not-utf8'); // UTF-16 with BOM
    expect(errorCode('Berita \uFFFD rusak')).toBe('not-utf8');
    expect(errorCode('lone \uD800 surrogate')).toBe('not-utf8');
  });

  it('accepts UTF-8 text and bytes, dropping a byte-order mark', () => {
    const result = checkRawInput(new TextEncoder().encode('\uFEFFKata “kutipan” — ok.'));
    expect(result).toEqual({ ok: true, text: 'Kata “kutipan” — ok.' });
    expect(checkRawInput('Line one\r\n\tLine two\f')).toEqual({ ok: true, text: 'Line one\r\n\tLine two\f' });
  });

  it('gives every refusal a message a person can act on', () => {
    for (const raw of ['', 'x'.repeat(MAX_ARTICLE_BYTES + 1), 'a\u0000b', 'a\uFFFDb']) {
      const result = checkRawInput(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/^The (?:article|file|text) .{20,}/);
    }
  });
});

describe('utf8ByteLength', () => {
  it('matches TextEncoder for ASCII, accents, CJK and emoji', () => {
    for (const text of ['abc', 'Café', '雅加达', 'ok 👍🏽', '']) {
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});
