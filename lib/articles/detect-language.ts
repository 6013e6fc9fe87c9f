// Tells Indonesian from English by counting frequent function words. Those two languages
// are all the desk imports today; anything else comes back null rather than mislabelled.

export type DetectedLanguage = 'id' | 'en';

const STOP_WORDS: Readonly<Record<DetectedLanguage, ReadonlySet<string>>> = {
  id: new Set([
    'yang',
    'dan',
    'di',
    'ke',
    'dari',
    'ini',
    'itu',
    'dengan',
    'untuk',
    'pada',
    'tidak',
    'dalam',
    'akan',
    'juga',
    'adalah',
    'ada',
    'oleh',
    'telah',
    'sebagai',
    'kami',
    'mereka',
    'bahwa',
    'atau',
    'karena',
    'saat',
    'sudah',
    'tersebut',
    'para',
    'bisa',
    'lebih',
    'kata',
    'menjadi',
    'secara',
    'namun',
    'tetapi',
    'sejak',
    'hingga',
    'masih',
    'belum',
    'kepada',
    'bagi',
    'serta',
    'dapat',
    'harus',
    'ia',
    'dia',
    'kita',
  ]),
  en: new Set([
    'the',
    'of',
    'and',
    'to',
    'in',
    'is',
    'that',
    'for',
    'on',
    'was',
    'with',
    'as',
    'by',
    'at',
    'it',
    'from',
    'he',
    'she',
    'said',
    'be',
    'has',
    'have',
    'are',
    'were',
    'an',
    'this',
    'which',
    'not',
    'but',
    'they',
    'their',
    'been',
    'would',
    'will',
    'who',
    'after',
    'had',
    'its',
    'also',
    'than',
    'there',
    'we',
    'about',
  ]),
};

// Enough text and a clear winner; a headline alone or a bilingual snippet is not enough.
const MIN_STOP_WORDS = 5;
const MIN_RATIO = 2;
// Counting the opening of a long article is as good as counting all of it, and faster.
const SAMPLE_CHARACTERS = 20_000;

/** "id" or "en" when the text clearly is one of them, otherwise null. */
export function detectLanguage(text: string): DetectedLanguage | null {
  const words =
    text
      .slice(0, SAMPLE_CHARACTERS)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  let id = 0;
  let en = 0;
  for (const word of words) {
    if (STOP_WORDS.id.has(word)) id++;
    if (STOP_WORDS.en.has(word)) en++;
  }
  if (Math.max(id, en) < MIN_STOP_WORDS) return null;
  if (id >= en * MIN_RATIO) return 'id';
  if (en >= id * MIN_RATIO) return 'en';
  return null;
}
