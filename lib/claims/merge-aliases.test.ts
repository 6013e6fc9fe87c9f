import { describe, expect, it } from 'vitest';
import { aliasesFromText, cleanAliases, mergeAliases } from './merge-aliases';

describe('cleanAliases', () => {
  it('trims, drops empty entries and keeps the first of case-insensitive duplicates', () => {
    expect(cleanAliases(['  Armenpress ', '', '   ', 'ARMENPRESS', 'Armenpress news agency'])).toEqual([
      'Armenpress',
      'Armenpress news agency',
    ]);
  });

  it('treats composed and decomposed accents as one alias', () => {
    expect(cleanAliases(['Élysée', 'E\u0301lyse\u0301e', 'élysée'])).toEqual(['Élysée']);
  });

  it('leaves out excluded names', () => {
    expect(cleanAliases(['Kemhan', 'kemhan RI'], ['KEMHAN'])).toEqual(['kemhan RI']);
  });
});

describe('aliasesFromText', () => {
  it('reads one alias per line, whatever the line endings', () => {
    expect(aliasesFromText('Kemhan\r\nKemenhan\n\n  Kemhan  \rMoD')).toEqual(['Kemhan', 'Kemenhan', 'MoD']);
  });
});

describe('mergeAliases', () => {
  it('adds the merged name and aliases to the target, deduplicated, without the target name', () => {
    const target = { name: 'Kementerian Pertahanan', aliases: ['Kemhan', 'MoD'] };
    const merged = { name: 'Kemenhan', aliases: ['kemhan', 'Kementerian pertahanan', 'Ministry of Defence'] };
    expect(mergeAliases(target, merged)).toEqual(['Kemhan', 'MoD', 'Kemenhan', 'Ministry of Defence']);
  });

  it('keeps every alias when nothing overlaps', () => {
    expect(mergeAliases({ name: 'A', aliases: [] }, { name: 'B', aliases: ['C'] })).toEqual(['B', 'C']);
  });
});
