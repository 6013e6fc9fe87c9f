import { describe, expect, it } from 'vitest';
import { explanationParagraphs, isSafeHttpUrl } from './explanation';

describe('isSafeHttpUrl', () => {
  it('accepts absolute http and https addresses only', () => {
    expect(isSafeHttpUrl('https://example.org/a?b=c')).toBe(true);
    expect(isSafeHttpUrl('http://example.org')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '/relative',
      'ftp://example.org',
      'https://',
      'example.org',
      ' javascript:alert(1)//https://x',
    ]) {
      expect(isSafeHttpUrl(bad), bad).toBe(false);
    }
  });
});

describe('explanationParagraphs', () => {
  it('splits paragraphs at blank lines and keeps single newlines as breaks', () => {
    expect(explanationParagraphs('First line\nsecond line\r\n\r\n\r\nNext paragraph.')).toEqual([
      [{ kind: 'text', text: 'First line' }, { kind: 'break' }, { kind: 'text', text: 'second line' }],
      [{ kind: 'text', text: 'Next paragraph.' }],
    ]);
  });

  it('turns http(s) addresses into links, leaving sentence punctuation outside', () => {
    expect(explanationParagraphs('See https://example.org/report. Also (http://example.org/x).')).toEqual([
      [
        { kind: 'text', text: 'See ' },
        { kind: 'link', href: 'https://example.org/report', text: 'https://example.org/report' },
        { kind: 'text', text: '. Also (' },
        { kind: 'link', href: 'http://example.org/x', text: 'http://example.org/x' },
        { kind: 'text', text: ').' },
      ],
    ]);
  });

  it('keeps a closing parenthesis that belongs to the address', () => {
    const [paragraph] = explanationParagraphs('https://en.wikipedia.org/wiki/Flood_(disambiguation)');
    expect(paragraph).toEqual([
      {
        kind: 'link',
        href: 'https://en.wikipedia.org/wiki/Flood_(disambiguation)',
        text: 'https://en.wikipedia.org/wiki/Flood_(disambiguation)',
      },
    ]);
  });

  it('never links javascript: or data: and leaves markup as text', () => {
    const text = 'javascript:alert(1) data:text/html;base64,PHNjcmlwdD4= <a href="javascript:x">x</a> <script>alert(1)</script>';
    const tokens = explanationParagraphs(text).flat();
    expect(tokens.some((t) => t.kind === 'link')).toBe(false);
    expect(tokens).toEqual([{ kind: 'text', text }]);
  });

  it('drops empty paragraphs', () => {
    expect(explanationParagraphs('\n\n  \n\n')).toEqual([]);
    expect(explanationParagraphs('a\r\nb\rc')).toEqual(explanationParagraphs('a\nb\nc'));
  });
});
