import { describe, expect, it } from 'vitest';
import { normalizeLineEndings } from './line-endings';

describe('normalizeLineEndings', () => {
  it('turns CRLF and a lone CR into LF, and leaves LF alone', () => {
    expect(normalizeLineEndings('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(normalizeLineEndings('\r\r\n')).toBe('\n\n');
  });
});
