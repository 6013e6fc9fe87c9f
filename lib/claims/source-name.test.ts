import { describe, expect, it } from 'vitest';
import { normalizeSourceName } from './source-name';

describe('normalizeSourceName', () => {
  it('folds case, accents, punctuation and spacing', () => {
    expect(normalizeSourceName('Armenpress')).toBe(normalizeSourceName(' armenpress '));
    expect(normalizeSourceName('Élysée  Palace')).toBe('elysee palace');
    expect(normalizeSourceName('BPBD (Sukamaju)')).toBe('bpbd sukamaju');
  });
  it('keeps different names apart', () => {
    expect(normalizeSourceName('Kabar Sukamaju')).not.toBe(normalizeSourceName('Kabar Sukamaya'));
  });
});
