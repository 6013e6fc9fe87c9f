// A first guess at what kind of source a suggested name is, so accepting a suggestion creates a
// sensibly typed source; the editor can correct it on the Sources page.
import type { SourceKind } from '@/lib/generated/prisma/enums';

const KIND_WORDS: [SourceKind, RegExp][] = [
  ['MILITARY', /\b(militer|tentara|angkatan|pasukan|tni|army|military|armed forces|troops|pentagon|pertahanan|defen[cs]e)\b/i],
  [
    'MEDIA',
    /\b(media|kantor berita|berita|koran|harian|televisi|tv|radio|news|press|daily|times|post|journal|agency|reuters|bbc|cnn|afp|ap|antara|kompas|tempo)\b/i,
  ],
  [
    'GOVERNMENT',
    /\b(kementerian|menteri|presiden|pemerintah|gubernur|bupati|wali kota|kantor|istana|dpr|ministry|minister|president|government|governor|mayor|white house|kremlin|parliament|senate|state department|embassy|kedutaan)\b/i,
  ],
  [
    'ORGANIZATION',
    /\b(partai|organisasi|lembaga|forum|komisi|perusahaan|pbb|un|nato|who|party|organi[sz]ation|committee|commission|council|union|foundation|company|inc|corp)\b/i,
  ],
];

export function guessSourceKind(name: string): SourceKind {
  for (const [kind, pattern] of KIND_WORDS) if (pattern.test(name)) return kind;
  // Two to four capitalised words and nothing else reads like a person's name.
  if (/^(\p{Lu}[\p{L}'’.-]+)( \p{Lu}[\p{L}'’.-]+){1,3}$/u.test(name.trim())) return 'PERSON';
  // A single capitalised word is most often a country or a body speaking as a whole.
  if (/^\p{Lu}[\p{L}-]+$/u.test(name.trim())) return 'GOVERNMENT';
  return 'OTHER';
}
