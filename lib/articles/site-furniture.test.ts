import { describe, expect, it } from 'vitest';
import { isFurnitureLine, isListHeading, resumesArticle } from './site-furniture';

describe('isFurnitureLine', () => {
  it.each([
    'Baca juga: Warga Pesisir Diminta Waspada Gelombang Tinggi',
    'Baca berita tanpa iklan. Gabung Wartanusa.com+',
    'Read more: Port Ellis mayor faces recall vote',
    'Read also: Why museums are rethinking their collections',
    'Related: Storm season forecast to be busiest in a decade',
    'Advertisement',
    'ADVERTISEMENT',
    'Advertisement · Scroll to continue',
    'SCROLL TO CONTINUE WITH CONTENT',
    'Close Ads',
    'Bagikan artikel ini melalui',
    'Bagikan artikel ini melalui Facebook X WhatsApp',
    'Share this article',
    'Share',
    'Komentar',
    '12 comments',
    'Login untuk memaksimalkan pengalaman mengakses Wartanusa.com',
    'Sign up for our morning newsletter',
    'Oke',
    'r',
    '•',
    'Lihat Foto',
    'Simak Video: "Mencoba Bus Listrik Rute Baru"',
    '[Gambas:Video 20kabar]',
    '(aps/rdp)',
    'Image caption, The mask has been on display since 1921',
    'Reporting by Jane Doe; Editing by John Smith',
    'Our Standards: The Thomson Reuters Trust Principles.',
    'Copyright 2020 The Daily Ledger. All rights reserved.',
    '5 min read',
  ])('drops "%s"', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    // Ordinary sentences that merely start with a chrome word must survive.
    'Share prices fell sharply after the announcement.',
    'Shares in the company rose 4%.',
    'Masuk ke dalam gedung, petugas menemukan dua korban.',
    'Daftar nama korban telah dirilis polisi pada Selasa.',
    'Advertisements for the product were banned in 2019.',
    'Related companies were also investigated, the ministry said.',
    'Read the full statement on the ministry website, officials said.',
    'Komentar itu memicu protes dari warga.',
    'Oke, kata dia, kami akan datang besok.',
    // A lone digit may be a list number; only lone letters are icon leftovers.
    '2',
    'Dapur umum didirikan',
  ])('keeps "%s"', (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe('isListHeading', () => {
  it.each([
    'Halaman:',
    'Halaman: 1 2 3',
    'Video rekomendasi',
    'Terkini Lainnya',
    'Berita Terkait',
    'Related',
    'Related Topics',
    'More stories',
    'More from The Daily Ledger',
    'Most read',
    'You may also like',
  ])('recognises "%s"', (line) => {
    expect(isListHeading(line)).toBe(true);
  });

  it.each([
    'More from the interview is below.',
    'Related stories have appeared in three newspapers this week.',
    'Halaman sekolah tergenang air.',
  ])('does not mistake "%s" for a heading', (line) => {
    expect(isListHeading(line)).toBe(false);
  });

  it('answers at once for a long run of digits that is not a heading (no catastrophic backtracking)', () => {
    expect(isListHeading(`Halaman ${'1'.repeat(5000)}x`)).toBe(false);
    expect(isListHeading(`Halaman: ${'1 '.repeat(2000)}2`)).toBe(true);
  });
});

describe('resumesArticle', () => {
  it('resumes on a unique full sentence', () => {
    expect(resumesArticle('The council will meet again on Friday to discuss the final budget figures.', 1)).toBe(true);
  });

  it('stays in the list for repeated, truncated, question or short headlines', () => {
    const sentence = 'The council will meet again on Friday to discuss the final budget figures.';
    expect(resumesArticle(sentence, 2)).toBe(false);
    expect(resumesArticle('Petani Garam Merugi karena Hujan Turun Sepanjang Musim Kemarau dan Panen Gagal...', 1)).toBe(false);
    expect(resumesArticle('Jembatan Gantung Putus Diterjang Arus, Warga Terpaksa Menyeberang dengan Rakit?', 1)).toBe(false);
    expect(resumesArticle('Library opens after ten-year renovation', 1)).toBe(false);
  });
});
