import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, importTooLargeMessage } from './import-size';

function form(fields: Record<string, string | Blob>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe('importTooLargeMessage', () => {
  it('stops a 20 MB paste and a file over 1 MB before they are sent', () => {
    expect(importTooLargeMessage(form({ mode: 'text', pasted: 'a'.repeat(20 * 1024 * 1024) }))).toBe('pasteTooLarge');
    expect(importTooLargeMessage(form({ mode: 'html', pasted: 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1) }))).toBe('pasteTooLarge');
    expect(importTooLargeMessage(form({ mode: 'file', file: new Blob(['x'.repeat(MAX_IMPORT_BYTES + 1)]) }))).toBe('fileTooLarge');
  });

  it('lets a normal article through', () => {
    expect(importTooLargeMessage(form({ mode: 'text', pasted: 'KOTAUJI - '.repeat(10_000) }))).toBeNull();
    expect(importTooLargeMessage(form({ mode: 'file', file: new Blob(['x']) }))).toBeNull();
  });
});
