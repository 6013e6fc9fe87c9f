import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTextArticle } from './parse-text';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const paragraphs = (body: string) => body.split('\n\n');

describe('Kompas-like pasted page (Indonesian)', () => {
  const article = parseTextArticle(fixture('kompas-like-pasted.txt'));

  it('reads the header, byline block and dateline', () => {
    expect(article).toMatchObject({
      title: 'Banjir Rob Genangi Pesisir Tanjung Harapan, Ratusan Warga Mengungsi',
      publisher: 'Wartanusa.com',
      author: 'Ratna Dewi Lestari',
      publishedAt: '2023-03-14T09:05:00+08:00',
      dateline: 'TANJUNG HARAPAN',
      originalSource: 'Antara',
      language: 'id',
    });
  });

  it('keeps every paragraph of the story, short ones and subheadings included, and nothing else', () => {
    expect(paragraphs(article.body)).toEqual([
      'TANJUNG HARAPAN, WARTANUSA.com - Banjir rob menggenangi sedikitnya empat kelurahan di pesisir Kota Tanjung Harapan sejak Senin (13/3/2023) malam.',
      'Kepala Badan Penanggulangan Bencana Daerah (BPBD) setempat, Yusuf Hamdani, mengatakan ketinggian air mencapai 60 sentimeter di beberapa titik.',
      '"Kami sudah mengevakuasi 312 warga ke gedung sekolah dan masjid terdekat," kata Yusuf.',
      'Dapur umum didirikan',
      '"Kami takut," ujar Siti.',
      'Menurut dia, air mulai surut pada Selasa pagi, tetapi warga diminta tetap waspada karena pasang tertinggi diperkirakan terjadi Kamis.',
      'Pemerintah kota berjanji memperbaiki tanggul yang jebol paling lambat akhir bulan ini.',
    ]);
  });

  it('drops teaser links, including one on the line after a bare "Baca juga:"', () => {
    expect(article.body).not.toMatch(/Baca juga|Pompa Air Tambahan|Gelombang Tinggi/);
    expect(article.body).not.toMatch(/Harga Cabai|Jembatan Gantung|Petani Garam|Regional|Bagikan|Oke|Login/);
  });
});

describe('Detik-like pasted page (Indonesian)', () => {
  const article = parseTextArticle(fixture('detik-like-pasted.txt'));

  it('reads a "Name - outlet" byline and a weekday date line', () => {
    expect(article).toMatchObject({
      title: 'Pemprov Uji Coba Bus Listrik di Lima Rute Baru',
      publisher: 'kabarNews',
      author: 'Andi Pratama',
      publishedAt: '2023-10-05T14:20:00+07:00',
      dateline: 'Jakarta',
      originalSource: null,
      language: 'id',
    });
  });

  it('drops the scroll prompt, video embeds, editor initials and related list', () => {
    expect(paragraphs(article.body)).toEqual([
      'Jakarta - Pemerintah provinsi mulai menguji coba bus listrik di lima rute baru pada Kamis (5/10/2023). Uji coba ini menjadi bagian dari target elektrifikasi angkutan umum.',
      'Kepala Dinas Perhubungan Maya Sari mengatakan uji coba berlangsung selama tiga bulan dan melibatkan 25 unit bus.',
      '"Penumpang tidak perlu membayar tarif tambahan," kata Maya di Balai Kota.',
      'Tarif selama uji coba tetap Rp 3.500 per perjalanan, sama dengan tarif bus reguler.',
    ]);
  });
});

describe('Tempo-like pasted page (Indonesian)', () => {
  const article = parseTextArticle(
    [
      'Sungai Brantas Meluap, Dua Desa Terendam',
      'Reporter: Budi Santoso',
      'Editor: Rina Marlina',
      'Rabu, 18 Januari 2023 07:10 WIB',
      'SUARADESA.CO, Surabaya - Sungai Brantas meluap setelah hujan deras mengguyur wilayah hulu sepanjang malam.',
      'Pilihan Editor: Cuaca Ekstrem Diperkirakan Berlanjut',
      'Warga mulai membersihkan rumah mereka pada Rabu siang.',
      'Sumber: Antara',
    ].join('\n\n'),
  );

  it('reads the outlet that opens the dateline and an explicit source line', () => {
    expect(article).toMatchObject({
      title: 'Sungai Brantas Meluap, Dua Desa Terendam',
      publisher: 'Suaradesa.co',
      author: 'Budi Santoso',
      publishedAt: '2023-01-18T07:10:00+07:00',
      dateline: 'Surabaya',
      originalSource: 'Antara',
    });
    expect(paragraphs(article.body)).toEqual([
      'SUARADESA.CO, Surabaya - Sungai Brantas meluap setelah hujan deras mengguyur wilayah hulu sepanjang malam.',
      'Warga mulai membersihkan rumah mereka pada Rabu siang.',
    ]);
  });
});

describe('wire story pasted from an English site', () => {
  const article = parseTextArticle(fixture('wire-english-pasted.txt'));

  it('credits the agency in the dateline when the publisher is not that agency', () => {
    expect(article).toMatchObject({
      title: 'Lawmakers in Port Ellis approve flood barrier funding after two-year fight',
      publisher: null,
      author: 'Jane Doe',
      publishedAt: '2020-10-01T15:32:00+07:00',
      dateline: 'PORT ELLIS',
      originalSource: 'Reuters',
      language: 'en',
    });
  });

  it('drops "Read more", ads, share prompts, credits and the Related / More from lists', () => {
    expect(paragraphs(article.body)).toEqual([
      'PORT ELLIS (Reuters) - Lawmakers in the coastal city of Port Ellis voted 41-9 on Thursday to fund a new flood barrier, ending a two-year dispute over who should pay for it.',
      'The barrier, expected to cost $1.2 billion, would protect about 80,000 residents from storm surges.',
      '"This is the day our grandchildren will thank us for," council speaker Maria Lopez told reporters.',
      'Opponents said the plan relied on optimistic revenue forecasts.',
      'Construction is due to start in the spring.',
    ]);
  });
});

describe('English broadcaster page without a dateline', () => {
  const article = parseTextArticle(fixture('broadcaster-english-pasted.txt'));

  it('prefers the published date over the updated one and reads "Source:"', () => {
    expect(article).toMatchObject({
      title: 'Museum agrees to return carved mask to island of Ardenmoor',
      author: 'Tom Okafor',
      publishedAt: '2020-09-30',
      dateline: null,
      originalSource: 'Reuters',
      language: 'en',
    });
  });

  it('keeps the standfirst and drops the reporter role line and image credits', () => {
    const body = paragraphs(article.body);
    expect(body[0]).toBe('The decision ends a campaign that began more than forty years ago.');
    expect(body.at(-1)).toBe('The museum said the handover would take place next spring.');
    expect(body).toHaveLength(5);
    expect(article.body).not.toMatch(/correspondent|Image|Read also|Museums|Library opens/);
  });
});

describe('body text fidelity', () => {
  it('normalises whitespace only, never words or punctuation', () => {
    const article = parseTextArticle('  Harga  naik\u00a0"5 %"\t—  kata dia,\u200b bukan 5%.  \r\n\r\n\r\nSelesai… ya?!');
    expect(paragraphs(article.body)).toEqual(['Harga naik "5 %" — kata dia, bukan 5%.', 'Selesai… ya?!']);
  });

  it('joins lines hard-wrapped inside a paragraph but not separate lines', () => {
    const article = parseTextArticle(
      'City council approves budget\n\nThe city council on Tuesday approved a budget that\nraises spending on parks and libraries by five\npercent, officials said.\nThe vote was 7-2.',
    );
    expect(article.title).toBe('City council approves budget');
    expect(paragraphs(article.body)).toEqual([
      'The city council on Tuesday approved a budget that raises spending on parks and libraries by five percent, officials said.',
      'The vote was 7-2.',
    ]);
  });

  it('resumes the story after a related-links box in the middle of it', () => {
    const article = parseTextArticle(
      [
        'LONDON — The council said on Monday that the fictional bridge would reopen next week after repairs.',
        'Related coverage',
        'Bridge closure hits local shops',
        'Bridge closure hits local shops',
        'Engineers found no further damage during a final inspection carried out over the weekend.',
      ].join('\n\n'),
    );
    expect(paragraphs(article.body)).toEqual([
      'LONDON — The council said on Monday that the fictional bridge would reopen next week after repairs.',
      'Engineers found no further damage during a final inspection carried out over the weekend.',
    ]);
  });

  it('takes a long question headline as the title, not the first paragraph', () => {
    const article = parseTextArticle(
      'Will the fictional bridge in Port Ellis ever reopen to traffic this year?\n\nThe council said on Monday that repairs would take at least six more months.',
    );
    expect(article.title).toBe('Will the fictional bridge in Port Ellis ever reopen to traffic this year?');
    expect(article.body).toBe('The council said on Monday that repairs would take at least six more months.');
  });

  it('keeps a plain article without furniture untouched', () => {
    const text = 'First paragraph of a plain note, written by hand.\n\nSecond one.\n\nThird, "quoted".';
    expect(parseTextArticle(text).body).toBe(text);
  });
});
