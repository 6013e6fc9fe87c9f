import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline';

const SENTENCE = ' Pemerintah kota mengumumkan rencana baru untuk memperbaiki jalan yang rusak.';

describe('parseDateline', () => {
  it.each([
    ['MOSKWA, KOMPAS.com -', { place: 'MOSKWA', publisher: 'Kompas.com', agency: null }],
    ['TANJUNG HARAPAN, WARTANUSA.com -', { place: 'TANJUNG HARAPAN', publisher: 'Wartanusa.com', agency: null }],
    ['TEMPO.CO, Jakarta -', { place: 'Jakarta', publisher: 'Tempo.co', agency: null }],
    ['Jakarta -', { place: 'Jakarta', publisher: null, agency: null }],
    ['Jakarta (ANTARA) -', { place: 'Jakarta', publisher: null, agency: 'ANTARA' }],
    ['Jakarta, CNN Indonesia --', { place: 'Jakarta', publisher: 'CNN Indonesia', agency: null }],
    ['WASHINGTON (Reuters) -', { place: 'WASHINGTON', publisher: null, agency: 'Reuters' }],
    ['WASHINGTON, Oct 1 (Reuters) -', { place: 'WASHINGTON', publisher: null, agency: 'Reuters' }],
    ['ST. LOUIS (AP) —', { place: 'ST. LOUIS', publisher: null, agency: 'AP' }],
    ['LONDON —', { place: 'LONDON', publisher: null, agency: null }],
  ])('reads "%s"', (opening, expected) => {
    expect(parseDateline(opening + SENTENCE)).toEqual(expected);
  });

  it.each([
    ['a hyphenated name', 'Jean-Paul said the council would meet again next week to vote.'],
    ['a sentence with a dash aside', 'Sementara itu - menurut warga - air belum surut sampai pagi ini.'],
    ['a headline with a dash', 'Jokowi - Prabowo Bertemu di Istana'],
    ['a short opener with a dash', 'Jakarta - Bogor'],
    ['an ordinary paragraph', 'The council said on Monday that the bridge would reopen next week.'],
    ['a multi-word mixed-case opener without outlet', 'Presiden Joko Widodo - yang baru tiba - langsung meninjau lokasi banjir di sana.'],
  ])('ignores %s', (_label, paragraph) => {
    expect(parseDateline(paragraph)).toBeNull();
  });
});

describe('datelines of outlets on no list', () => {
  it('reads "PLACE, OUTLET -" when both are in capitals', () => {
    expect(parseDateline('KOTAUJI, WARTA UJI - Jembatan Merah di Kotauji ditutup sejak Senin pagi untuk diperiksa.')).toEqual({
      place: 'KOTAUJI',
      publisher: 'WARTA UJI',
      agency: null,
    });
  });
  it('still refuses a shouted headline that goes on as no sentence', () => {
    expect(parseDateline('JAKARTA, BANJIR - Warga Mengungsi')).toBeNull();
  });
});
