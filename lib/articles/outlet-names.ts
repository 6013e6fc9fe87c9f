// Recognising and tidying the names of news outlets and agencies, so that "KOMPAS.com" in a
// dateline and "Kompas.com - 01/10/2020" in a byline are stored as the same publisher.

// Outlets and wire agencies whose names carry no domain, so they cannot be recognised by shape.
const KNOWN_OUTLETS = new Set([
  'afp',
  'al jazeera',
  'anadolu',
  'ansa',
  'antara',
  'ap',
  'associated press',
  'bbc',
  'bbc indonesia',
  'bbc news',
  'bernama',
  'bloomberg',
  'cnbc',
  'cnbc indonesia',
  'cnn',
  'cnn indonesia',
  'dpa',
  'dw',
  'efe',
  'financial times',
  'france 24',
  'kyodo',
  'new york times',
  'nhk',
  'nikkei',
  'reuters',
  'ria novosti',
  'rfi',
  'sky news',
  'south china morning post',
  'tass',
  'the associated press',
  'the guardian',
  'the new york times',
  'the straits times',
  'the wall street journal',
  'the washington post',
  'upi',
  'voa',
  'voa indonesia',
  'wall street journal',
  'washington post',
  'xinhua',
  'yonhap',
]);

const DOMAIN_LIKE = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[a-z]{2,6}){1,2}$/iu;
// Brands such as "detikNews" or "detikFinance": lower-case prefix, capitalised section.
const CAMEL_BRAND = /^[a-z]{3,}[A-Z][A-Za-z]+$/;

export function isOutletName(text: string): boolean {
  const name = text.trim();
  return DOMAIN_LIKE.test(name) || CAMEL_BRAND.test(name) || KNOWN_OUTLETS.has(name.toLowerCase());
}

/** "KOMPAS.com" and "kompas.com" become "Kompas.com"; other names are kept as printed. */
// Trailing punctuation is cut with a loop, not /[...]+$/: that pattern retries from every
// character of a long run, and og:site_name is whatever a hostile page says it is.
const TRAILING_JUNK = /[\s,:;.\-–—|]/u;

function withoutTrailingJunk(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_JUNK.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

export function canonicalOutletName(text: string): string {
  const name = withoutTrailingJunk(text.trim());
  if (!DOMAIN_LIKE.test(name)) return name;
  const domain = name.toLowerCase().replace(/^www\./, '');
  return domain.charAt(0).toUpperCase() + domain.slice(1);
}

function outletKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(?:www\.|the\s+)/, '')
    .replace(/(?:\.[a-z]{2,6})+$/, '')
    .replace(/\s+(?:news|indonesia)$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Whether two printed names refer to the same outlet ("BBC News" and "BBC", "TEMPO.CO" and "Tempo.co"). */
export function isSameOutlet(a: string, b: string): boolean {
  return outletKey(a) !== '' && outletKey(a) === outletKey(b);
}
