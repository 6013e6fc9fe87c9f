// The demo article: a fictional event, written for ClaimDesk in the shape of an Indonesian news
// page as an editor pastes it (site furniture included in rawInput). No outlet's text is used.

export const DEMO_ARTICLE_RAW = `Baca berita tanpa iklan. Gabung Warta Contoh+

Banjir Bandang Terjang Kabupaten Sukamaju, Pemerintah Daerah dan Warga Beda Angka Korban

Warta Contoh - 14/03/2026, 09:15 WIB
Rina Kartikasari

Penulis

Sumber Antara

SUKAMAJU, WARTA CONTOH - Banjir bandang melanda tiga kecamatan di Kabupaten Sukamaju pada Jumat dini hari setelah hujan deras mengguyur wilayah itu selama dua hari.

Badan Penanggulangan Bencana Daerah (BPBD) Sukamaju mengatakan, 412 rumah terendam dan 1.200 warga mengungsi ke balai desa.

Baca juga: Cuaca Ekstrem Diperkirakan Berlanjut hingga Akhir Bulan

Bupati Sukamaju Hendra Wibisono membantah bahwa tanggul Sungai Ciliwaru jebol karena tidak dirawat. "Tanggul itu diperiksa setiap tahun dan kondisinya baik," katanya.

Menurut Forum Warga Ciliwaru, tanggul tersebut sudah retak sejak tahun lalu dan laporan warga tidak pernah ditanggapi.

Kantor berita daerah, Kabar Sukamaju, mengatakan bahwa dua orang dinyatakan hilang dan tim SAR masih melakukan pencarian.

Hendra berjanji akan membangun tanggul baru sebelum musim hujan tahun depan.

Halaman:
Video rekomendasi

Terkini Lainnya

Harga Cabai Naik Jelang Ramadhan

Harga Cabai Naik Jelang Ramadhan

Regional
Komentar
Close Ads
Bagikan artikel ini melalui
`;

export const DEMO_ARTICLE = {
  title: 'Banjir Bandang Terjang Kabupaten Sukamaju, Pemerintah Daerah dan Warga Beda Angka Korban',
  publisher: 'Warta Contoh',
  author: 'Rina Kartikasari',
  publishedAt: new Date('2026-03-14T09:15:00+07:00'),
  publishedUtcOffset: 7 * 60,
  language: 'id',
  dateline: 'SUKAMAJU',
  originalSource: 'Antara',
  url: null,
  body: [
    'SUKAMAJU, WARTA CONTOH - Banjir bandang melanda tiga kecamatan di Kabupaten Sukamaju pada Jumat dini hari setelah hujan deras mengguyur wilayah itu selama dua hari.',
    'Badan Penanggulangan Bencana Daerah (BPBD) Sukamaju mengatakan, 412 rumah terendam dan 1.200 warga mengungsi ke balai desa.',
    'Bupati Sukamaju Hendra Wibisono membantah bahwa tanggul Sungai Ciliwaru jebol karena tidak dirawat. "Tanggul itu diperiksa setiap tahun dan kondisinya baik," katanya.',
    'Menurut Forum Warga Ciliwaru, tanggul tersebut sudah retak sejak tahun lalu dan laporan warga tidak pernah ditanggapi.',
    'Kantor berita daerah, Kabar Sukamaju, mengatakan bahwa dua orang dinyatakan hilang dan tim SAR masih melakukan pencarian.',
    'Hendra berjanji akan membangun tanggul baru sebelum musim hujan tahun depan.',
  ].join('\n\n'),
};

export const DEMO_SOURCES = [
  { name: 'BPBD Sukamaju', kind: 'GOVERNMENT', aliases: ['Badan Penanggulangan Bencana Daerah Sukamaju'] },
  { name: 'Hendra Wibisono', kind: 'PERSON', aliases: ['Bupati Sukamaju'] },
  { name: 'Forum Warga Ciliwaru', kind: 'ORGANIZATION', aliases: [] },
  { name: 'Kabar Sukamaju', kind: 'MEDIA', aliases: [] },
] as const;

export const DEMO_CLAIMS = [
  {
    source: 'BPBD Sukamaju',
    quote: '412 rumah terendam dan 1.200 warga mengungsi ke balai desa',
    cue: 'mengatakan',
    stance: 'ASSERTS',
    summary: 'BPBD Sukamaju: 412 rumah terendam dan 1.200 warga mengungsi.',
    status: 'IN_PROGRESS',
  },
  {
    source: 'Hendra Wibisono',
    quote: 'tanggul Sungai Ciliwaru jebol karena tidak dirawat',
    cue: 'membantah',
    stance: 'DENIES',
    summary: 'Bupati membantah tanggul Sungai Ciliwaru jebol karena tidak dirawat.',
    status: 'UNSTARTED',
  },
  {
    source: 'Hendra Wibisono',
    quote: 'Tanggul itu diperiksa setiap tahun dan kondisinya baik',
    cue: 'katanya',
    stance: 'ASSERTS',
    summary: 'Tanggul Sungai Ciliwaru diperiksa setiap tahun dan kondisinya baik.',
    status: 'UNSTARTED',
  },
  {
    source: 'Forum Warga Ciliwaru',
    quote: 'tanggul tersebut sudah retak sejak tahun lalu dan laporan warga tidak pernah ditanggapi',
    cue: 'Menurut',
    stance: 'ASSERTS',
    summary: 'Tanggul sudah retak sejak tahun lalu dan laporan warga diabaikan.',
    status: 'UNSTARTED',
  },
  {
    source: 'Kabar Sukamaju',
    quote: 'dua orang dinyatakan hilang dan tim SAR masih melakukan pencarian',
    cue: 'mengatakan',
    stance: 'ASSERTS',
    summary: 'Dua orang hilang dalam banjir bandang Sukamaju.',
    status: 'UNSTARTED',
  },
] as const;
