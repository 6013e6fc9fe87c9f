import { describe, expect, it } from 'vitest';
import { slugify, verdictPath } from './slug';

describe('slugify', () => {
  it('makes short readable ASCII slugs', () => {
    expect(slugify('Bupati membantah: tanggul "jebol" karena tidak dirawat!')).toBe('bupati-membantah-tanggul-jebol-karena-tidak-dirawat');
    expect(slugify('Élysée says 7 civilians & 80 soldiers died')).toBe('elysee-says-7-civilians-80-soldiers-died');
  });
  it('never gives an empty or over-long slug', () => {
    expect(slugify('🙂 — !!')).toBe('claim');
    expect(slugify('kata '.repeat(100)).length).toBeLessThanOrEqual(80);
  });
  it('builds the canonical verdict path', () => {
    expect(verdictPath({ id: 'abc123', summary: 'Two tanks destroyed' })).toBe('/claims/abc123/two-tanks-destroyed');
  });
});
