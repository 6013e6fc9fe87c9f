// A light Indonesian stemmer: particles (-lah, -kah, -pun), possessives (-ku, -mu, -nya), the
// suffixes -kan/-an/-i and the prefixes di-, ke-, se-, ter-, ber-, me(N)-, pe(N)-. Where meN- and
// peN- swallowed a first letter before a vowel it is put back the usual way ("menolak" -> "tolak",
// "memukul" -> "pukul", "menyapu" -> "sapu"); a rarer root may be cut wrongly, but always the same
// way in the query and in the claims, which is all matching needs. Stems keep at least 4 letters.

const MIN_STEM = 4;
const PARTICLE = /(lah|kah|tah|pun)$/u;
const POSSESSIVE = /(ku|mu|nya)$/u;
const SUFFIX = /(kan|an|i)$/u;
const PREFIX = /^(di|ke|se|ter|ber|be|meng|meny|mem|men|me|peng|peny|pem|pen|pe)/u;
// meN-/peN- before a vowel: the root's first letter they replaced.
const NASAL_RESTORE: Readonly<Record<string, string>> = { meny: 's', peny: 's', mem: 'p', pem: 'p', men: 't', pen: 't' };

function cut(word: string, pattern: RegExp, atEnd: boolean): string {
  const m = pattern.exec(word);
  if (!m) return word;
  const rest = atEnd ? word.slice(0, word.length - m[0].length) : word.slice(m[0].length);
  return rest.length >= MIN_STEM ? rest : word;
}

function cutPrefix(word: string): string {
  const prefix = PREFIX.exec(word)?.[0];
  if (!prefix) return word;
  let rest = word.slice(prefix.length);
  const restored = NASAL_RESTORE[prefix];
  if (restored && /^[aiueo]/u.test(rest)) rest = restored + rest;
  return rest.length >= MIN_STEM ? rest : word;
}

export function stemIndonesian(word: string): string {
  let stem = cut(word, PARTICLE, true);
  stem = cut(stem, POSSESSIVE, true);
  stem = cut(stem, SUFFIX, true);
  return cutPrefix(stem);
}
