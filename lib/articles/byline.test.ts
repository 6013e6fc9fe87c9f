import { describe, expect, it } from 'vitest';
import { classifyBylineLine, isNameList, labelledName } from './byline';

describe('classifyBylineLine', () => {
  it.each([
    ['By Jane Doe', { kind: 'author', name: 'Jane Doe', affiliation: null }],
    ['By Jane Doe and John Roe', { kind: 'author', name: 'Jane Doe and John Roe', affiliation: null }],
    ['By Jane Doe, Reuters', { kind: 'author', name: 'Jane Doe', affiliation: 'Reuters' }],
    ['Oleh: Budi Santoso', { kind: 'author', name: 'Budi Santoso', affiliation: null }],
    ['Penulis : Ratna Dewi Lestari', { kind: 'author', name: 'Ratna Dewi Lestari', affiliation: null }],
    ['Reporter: Ahmad bin Yusuf', { kind: 'author', name: 'Ahmad bin Yusuf', affiliation: null }],
    ['Penulis', { kind: 'role-label', role: 'author' }],
    ['Editor', { kind: 'role-label', role: 'editor' }],
    ['Editor: Sari Wulandari', { kind: 'editor' }],
    ['Sumber BBC', { kind: 'source', source: 'BBC' }],
    ['Sumber: AFP, Reuters', { kind: 'source', source: 'AFP, Reuters' }],
    ['Sumber AFP, Reuters', { kind: 'source', source: 'AFP, Reuters' }],
    ['By Jane Doe in Washington', { kind: 'author', name: 'Jane Doe', affiliation: null }],
    ['Source: Reuters', { kind: 'source', source: 'Reuters' }],
    ['BBC News', { kind: 'outlet', name: 'BBC News' }],
    [
      'Wartanusa.com - 14/03/2023, 09:05 WITA',
      { kind: 'date', iso: '2023-03-14T09:05:00+08:00', isUpdate: false, publisher: 'Wartanusa.com' },
    ],
    ['Kamis, 05 Okt 2023 14:20 WIB', { kind: 'date', iso: '2023-10-05T14:20:00+07:00', isUpdate: false, publisher: null }],
    ['Updated 1 Oct 2020 15:32 BST', { kind: 'date', iso: '2020-10-01T15:32:00+01:00', isUpdate: true, publisher: null }],
    [
      'October 1, 2020 3:32 PM GMT+7 · Updated 2 hours ago',
      { kind: 'date', iso: '2020-10-01T15:32:00+07:00', isUpdate: true, publisher: null },
    ],
    ['Andi Pratama - kabarNews', { kind: 'author', name: 'Andi Pratama', affiliation: 'kabarNews' }],
  ])('reads "%s"', (line, expected) => {
    expect(classifyBylineLine(line, false)).toEqual(expected);
  });

  it.each([
    'By Monday, the river had risen two metres.',
    'Oleh karena itu, warga diminta mengungsi.',
    'Penulis buku itu hadir dalam acara peluncuran.',
    'The meeting on 1 October 2020 ended without agreement, officials said.',
    'Sumber daya alam di daerah itu melimpah.',
    // A title-case headline that happens to start with "Sumber" is not a source credit.
    'Sumber Air Bersih Langka',
    'Rusia Tawarkan Jadi Tuan Rumah Pembicaraan Damai',
  ])('leaves the sentence "%s" alone', (line) => {
    expect(classifyBylineLine(line, false)).toBeNull();
  });

  it('inside the article only accepts "Sumber" with a colon', () => {
    expect(classifyBylineLine('Sumber Antara', true)).toBeNull();
    expect(classifyBylineLine('Sumber: Antara', true)).toEqual({ kind: 'source', source: 'Antara' });
  });
});

describe('isNameList', () => {
  it('accepts capitalised names with particles and initials', () => {
    expect(isNameList('Shinta A. Pradipta')).toBe(true);
    expect(isNameList('Ani, Budi dan Citra')).toBe(true);
    expect(isNameList('Ludwig van Dijk')).toBe(true);
  });

  it('rejects prose and long capitalised runs', () => {
    expect(isNameList('the council said')).toBe(false);
    expect(isNameList('Rusia Tawarkan Jadi Tuan Rumah Pembicaraan Damai')).toBe(false);
    expect(isNameList('Agent 007')).toBe(false);
  });
});

describe('labelledName', () => {
  it('turns the name above a bare "Penulis" label into the author, without a trailing comma', () => {
    expect(labelledName({ kind: 'role-label', role: 'author' }, 'Ratna Dewi Lestari,')).toEqual({
      kind: 'author',
      name: 'Ratna Dewi Lestari',
      affiliation: null,
    });
    expect(labelledName({ kind: 'role-label', role: 'editor' }, 'Sari Wulandari')).toEqual({ kind: 'editor' });
  });

  it('ignores a label under something that is not a name', () => {
    expect(labelledName({ kind: 'role-label', role: 'author' }, 'Banjir rob menggenangi empat kelurahan.')).toBeNull();
    expect(labelledName({ kind: 'role-label', role: 'author' }, undefined)).toBeNull();
    expect(labelledName({ kind: 'source', source: 'BBC' }, 'Ratna Dewi Lestari')).toBeNull();
  });
});
