import { describe, expect, it } from 'vitest';
import { findSourceByNameOrAlias } from './resolve-source';

const sources = [
  { id: '1', name: 'Armenpress', normalizedName: 'armenpress', aliases: ['Kantor berita negara Armenia'] },
  {
    id: '2',
    name: 'Kementerian Pertahanan Armenia',
    normalizedName: 'kementerian pertahanan armenia',
    aliases: ["Armenia's defence ministry"],
  },
];

describe('findSourceByNameOrAlias', () => {
  it('matches names and aliases regardless of case and punctuation', () => {
    expect(findSourceByNameOrAlias(sources, 'ARMENPRESS')?.id).toBe('1');
    expect(findSourceByNameOrAlias(sources, 'kantor berita negara, Armenia')?.id).toBe('1');
    expect(findSourceByNameOrAlias(sources, 'Armenia’s Defence Ministry')?.id).toBe('2');
  });
  it('returns null for a new or blank name', () => {
    expect(findSourceByNameOrAlias(sources, 'Turki')).toBeNull();
    expect(findSourceByNameOrAlias(sources, '  ')).toBeNull();
  });
});
