import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleInputError, detectInputKind, parseArticle, validateArticleInput } from './parse-article';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('detectInputKind', () => {
  it('recognises documents and markup fragments as HTML', () => {
    expect(detectInputKind('<!DOCTYPE html><html><body></body></html>')).toBe('html');
    expect(detectInputKind('\uFEFF\n  <html lang="id">')).toBe('html');
    expect(detectInputKind('<div><p>Paragraf satu.</p><p>Dua.</p></div>')).toBe('html');
  });

  it('treats pasted text as text, even with angle brackets in it', () => {
    expect(detectInputKind('Inflasi <3 persen, kata BI. Nilai a < b dan c > d.')).toBe('text');
    expect(detectInputKind(fixture('kompas-like-pasted.txt'))).toBe('text');
    expect(detectInputKind('<p> is how you write a paragraph tag, the tutorial said.')).toBe('text');
  });
});

describe('parseArticle', () => {
  it('returns exactly the importer fields, in order', () => {
    const article = parseArticle(fixture('wire-english-pasted.txt'));
    expect(Object.keys(article)).toEqual(['title', 'publisher', 'author', 'publishedAt', 'dateline', 'originalSource', 'language', 'body']);
  });

  it('auto-detects HTML and text', () => {
    expect(parseArticle(fixture('news-page.html')).publisher).toBe('Wartanusa.com');
    expect(parseArticle(fixture('detik-like-pasted.txt')).author).toBe('Andi Pratama');
  });

  it('honours an explicit kind', () => {
    const markup = '<p>The council said on Monday that the fictional bridge would reopen next week.</p>';
    expect(parseArticle(markup, { kind: 'html' }).body).toBe(
      'The council said on Monday that the fictional bridge would reopen next week.',
    );
    expect(parseArticle(markup, { kind: 'text' }).body).toBe(markup);
  });

  it('throws a typed error for bad input', () => {
    expect(() => parseArticle('   ')).toThrow(ArticleInputError);
    expect(() => parseArticle('a\u0000b')).toThrow(/binary/);
    expect(() => parseArticle(fixture('no-article.html'))).toThrow(/No article text/);
    expect(() => parseArticle('Advertisement\n\nShare this article\n\nRead more: Other story')).toThrow(/No article text/);
  });
});

describe('validateArticleInput', () => {
  it('returns the article for good input, from a string or from bytes', () => {
    const text = fixture('kompas-like-pasted.txt');
    const fromString = validateArticleInput(text);
    const fromBytes = validateArticleInput(new TextEncoder().encode(text));
    expect(fromString.ok && fromString.article.title).toBe('Banjir Rob Genangi Pesisir Tanjung Harapan, Ratusan Warga Mengungsi');
    expect(fromBytes).toEqual(fromString);
  });

  it.each([
    ['empty text', '', 'empty'],
    ['whitespace-only text', '\n \t\n', 'empty'],
    ['text over 1 MB', 'x'.repeat(1_048_577), 'too-large'],
    ['NUL bytes', new Uint8Array([0x61, 0x00, 0x62]), 'binary'],
    ['invalid UTF-8 bytes', new Uint8Array([0x61, 0xc3, 0x28]), 'not-utf8'],
    ['replacement characters', 'Berita \uFFFD\uFFFD', 'not-utf8'],
    ['an HTML page without an article', fixture('no-article.html'), 'no-readable-content'],
  ])('reports %s without throwing', (_label, raw, code) => {
    const result = validateArticleInput(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(ArticleInputError);
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(30);
    }
  });
});
