// Indonesian cue lexicon and word tables. Reporting verbs are mostly meN- transitives before the
// content ("X mengatakan, ..."); short inverted forms follow a quotation ("...," kata X) and the
// -nya forms carry their own source ("...," katanya).
import { cues, words } from './lexicon';
import type { Lexicon } from './lexicon';

const SPEECH = `mengatakan, menyatakan, menegaskan, menjelaskan, menambahkan, mengungkapkan, menyebutkan,
  menyebut, menuturkan, mengklaim, mengeklaim, mengaku, mengakui, mengumumkan, melaporkan, memberitakan,
  menulis, mencuit, menekankan, menerangkan, memastikan, membenarkan, mengingatkan, memperingatkan,
  berkata, bilang, mengonfirmasi, mengkonfirmasi, mengungkap, menyampaikan, memaparkan, mengutarakan, menuding, menuduh, menilai,
  berpendapat, meyakini, menganggap, mengatakannya, menyatakannya`;

const ATTITUDE = `berjanji, bersumpah, berharap, meminta, mendesak, menyerukan, mengancam, mengecam,
  mengkritik, memuji, bersikeras, khawatir, percaya, yakin, ingin, berencana`;

export const lexiconId: Lexicon = {
  language: 'id',
  functionWords: words(
    'yang dan di itu dengan untuk dari ini pada dalam tidak akan juga ke telah karena oleh sebagai atau adalah bahwa mereka kami',
  ),
  cues: [
    ...cues(SPEECH, 'verb', 0.85),
    ...cues(ATTITUDE, 'verb', 0.6),
    ...cues('menolak, membantah, menyangkal, menepis, membantahnya', 'verb', 0.8, { stance: 'DENIES' }),
    ...cues(
      'kata, ujar, tutur, ucap, imbuh, ungkap, jelas, tegas, sebut, tandas, papar, terang, lanjut, pungkas, tambah',
      'inverted',
      0.85,
    ),
    ...cues(
      `katanya, ujarnya, tuturnya, ucapnya, imbuhnya, ungkapnya, jelasnya, tegasnya, sebutnya,
      tandasnya, paparnya, terangnya, lanjutnya, pungkasnya, tambahnya, dikatakannya, disebutnya`,
      'suffixed',
      0.85,
    ),
    ...cues('dikatakan, disebut, disebutkan, diklaim, dilaporkan, diberitakan', 'passive', 0.6),
    ...cues('menurut, dilansir dari, dilansir, dikutip dari, seperti dikutip dari, seperti dikutip, mengutip', 'prep', 0.85),
  ],
  pronouns: words('dia ia beliau mereka kami saya aku pihaknya'),
  pronounSuffix: 'nya',
  titles: words(`presiden wakil menteri perdana juru bicara jubir gubernur bupati
    wali kota ketua direktur kepala jenderal panglima kapolri kapolda sekretaris duta besar dubes raja
    ratu pangeran senator anggota pejabat komandan profesor prof. dr. ir. pemimpin mantan kanselir`),
  skippable: words(`juga telah sudah pun akan tidak sempat kembali pernah lantas kemudian lalu pula bahkan
    hanya masih sebelumnya secara resmi terus belum`),
  adverbSuffixes: [],
  phraseBreakers: words(`yang dan atau tetapi namun karena ketika saat setelah sebelum jika bahwa di ke dari
    pada dalam untuk dengan oleh sebagai adalah ialah merupakan ini tersebut seperti agar sehingga
    mengatakan kata tentang terhadap kepada`),
  verbPrefixes: words('me ber di ter'),
  verbPrefixExceptions:
    words(`berita menteri media meja meter metode mesin merek merah medis mental dinas direktur diplomat distrik dinasti diktator dialog diskusi
    divisi dirut terminal teror teroris terorisme`),
  verbSuffixes: [],
  adjunctOpeners: words('setelah sebelum selama karena ketika saat sejak meskipun walaupun yang pada di'),
  commaAdjuncts: words('namun sementara meskipun padahal sedangkan seperti seprti sebagaimana'),
  adjunctSuffixes: [],
  prepositions: words('di pada dalam dengan dari kepada oleh'),
  cueAdjuncts: words('pada di dalam kepada saat dalam kemarin'),
  raising: [],
  possessives: [],
  complementizers: words('bahwa'),
  contentOpeners: words('sebagai'),
  relativizers: words('yang'),
  subjectBridges: [',', 'dan'],
  relativeSources: [],
  passiveAgents: [],
  determiners: words('sang para si'),
  abbreviations: words('dr ir h hj prof drs tn ny sdr bpk kol jend no'),
  furniturePrefixes: ['Baca juga', 'Baca berita tanpa iklan', 'Penulis', 'Sumber', 'Editor', 'Video', 'Komentar', 'Bagikan'],
  furnitureStops: ['Halaman:', 'Terkini Lainnya', 'Video rekomendasi'],
  referringNouns: words(`tuduhan tudingan klaim laporan berita kabar pernyataan informasi isu rumor dakwaan
    anggapan dugaan keterangan sebutan pengakuan`),
  referringDeterminers: words('itu tersebut ini'),
  characterisers: words('sebagai'),
  determinerAfterNoun: true,
  confirmations: words('membenarkan mengonfirmasi mengkonfirmasi mengakui mengiyakan'),
  citationCues: ['dilansir', 'dilansir dari', 'dikutip dari', 'seperti dikutip dari', 'seperti dikutip'],
  mediaWords: words(`media harian koran majalah televisi radio situs laman berita portal bbc cnn reuters afp ap
    xinhua tass sputnik aljazeera kompas tempo antara detik republika tribun kumparan liputan6 cnbc`),
  predicateWords: words(`adalah ialah merupakan akan telah sudah tidak bukan bisa dapat harus ada masih sedang
    belum punya ingin mau perlu pernah sempat tewas mati hilang rusak naik turun`),
};
