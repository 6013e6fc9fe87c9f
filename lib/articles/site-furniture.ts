// Recognises the site chrome that comes along when a news page is copied: teaser links,
// ads, share and login prompts, and the headings of the link lists under an article.
// Patterns match whole lines or fixed prompts only, never ordinary sentence openings,
// because dropping a real paragraph would make claims unquotable.

import { endsLikeSentence, wordCount } from './normalise-text';

// Lines that are chrome in their entirety, whatever else the page says.
const WHOLE_LINE = [
  /^(?:advertisement|advertorial|iklan|ads?|sponsored|konten sponsor|promoted)$/i,
  /^(?:close|tutup)(?: (?:ads?|iklan))?$/i,
  /^(?:oke|ok|x|×|masuk|daftar|login|log ?in|sign ?in|sign ?up|subscribe|berlangganan|menu|search|cari)$/i,
  /^(?:bagikan|share)(?: (?:artikel|berita|this|ini)(?: (?:ini|article|story|page))?)?(?: (?:melalui|via|on|ke|to))?:?(?: (?:facebook|twitter|x|whatsapp|telegram|line|linkedin|pinterest|reddit|e-?mail|messenger|copy link|salin (?:link|tautan)))*$/i,
  /^(?:salin|copy) (?:link|tautan|url)$/i,
  /^(?:\d+ )?(?:komentar|comments?)$/i,
  /^(?:lihat|tulis|kirim|view|show|leave a|add a) (?:komentar|comments?)$/i,
  /^(?:lihat foto|dengarkan|listen(?: to this article)?|print|cetak|loading|memuat)(?:\.\.\.|…)?$/i,
  /^\d+ (?:min(?:ute)?s?|menit) (?:read|baca)$/i,
  /^(?:halaman )?(?:selanjutnya|berikutnya|sebelumnya)$/i,
  /^(?:next|previous) (?:page|article)$/i,
  /^(?:back to top|kembali ke atas|skip to (?:main )?content|jump to content)$/i,
  // Editor initials that close Detik-style stories: "(aps/rdp)".
  /^\((?:[a-z]{2,4}\/)+[a-z]{2,4}\)$/i,
];

// Fixed prompts followed by a link title or a call to action.
const PROMPT_PREFIX = [
  /^(?:baca|lihat|simak) (?:juga|pula)\b/i,
  /^baca (?:selengkapnya|berita tanpa iklan|artikel (?:terkait|lainnya))\b/i,
  /^(?:read|see) (?:more|also)\b/i,
  /^also read\b/i,
  /^(?:related|recommended|watch|more|tags?|topik|topics?)\s?:/i,
  /^scroll (?:to|untuk) (?:continue|resume|lanjut)/i,
  /^(?:continue reading|lanjutkan membaca|lanjut baca)\b/i,
  /^(?:simak|tonton|saksikan|lihat)(?: juga)? video\b/i,
  /^\[gambas:/i,
  /^pilihan editor\s?:/i,
  /^(?:login|log in|masuk|sign in|sign up|daftar) (?:untuk|to|for|dan|and|now|sekarang|here|di sini)\b/i,
  /^(?:subscribe|berlangganan) (?:to|for|now|sekarang|untuk|ke)\b/i,
  /^dapatkan (?:update|notifikasi|informasi) berita\b/i,
  /^(?:simak breaking news|ikuti (?:kami|berita)|follow us)\b/i,
  /^(?:download|unduh) (?:aplikasi|the app|our app)\b/i,
  /^(?:image|media|video) (?:source|caption),/i,
  /^our standards\s?:/i,
  /^(?:additional )?(?:reporting|writing|editing) by\b/i,
  /^(?:copyright\b|hak cipta\b|©)/i,
];

// Headings that open the link lists under an article ("Terkini Lainnya", "More from BBC").
const LIST_HEADING = [
  // One digit per repetition: `(?:\s?\d+)*` could split a long run of digits in exponentially many ways.
  /^halaman\s?:?(?:\s*\d)*(?: selanjutnya)?$/i,
  /^video (?:rekomendasi|lainnya|terkait|pilihan)$/i,
  /^(?:berita|artikel) (?:terkait|lainnya|terkini|terpopuler|populer|pilihan|rekomendasi|terbaru)$/i,
  /^(?:terkini|terpopuler|populer|terbaru)(?: lainnya)?$/i,
  /^(?:rekomendasi|pilihan)(?: untuk (?:anda|kamu)| editor)?$/i,
  /^(?:lihat semua|tags?|topik(?: terkait)?|topics?)$/i,
  /^related(?: (?:stories|articles|coverage|content|topics|news|links|reading))?$/i,
  /^more(?: (?:stories|news|articles|to explore|like this))?$/i,
  /^more (?:from|on|in|about) [^.!?]{1,50}$/i,
  /^(?:most (?:read|popular|viewed|shared)|top stories|read next|up next|trending(?: now)?)$/i,
  /^recommended(?: (?:for you|stories|reading|videos?))?$/i,
  /^you (?:may|might) (?:also )?like$/i,
  /^(?:latest (?:news|stories|headlines)|editor'?s picks|further reading|around the web)$/i,
  /^(?:explore more on these topics|sponsored (?:content|stories)|from our partners)$/i,
];

// A line holding nothing but a single letter or symbols: leftovers of icons and buttons.
const STRAY = /^(?:\p{L}|[^\p{L}\p{N}]*)$/u;
const INLINE_SEPARATOR = /\s+[·•|]\s+/;

function isChromePhrase(line: string): boolean {
  return WHOLE_LINE.some((pattern) => pattern.test(line)) || PROMPT_PREFIX.some((pattern) => pattern.test(line));
}

/** Whether a whole line is site chrome rather than article text. */
export function isFurnitureLine(line: string): boolean {
  if (STRAY.test(line) || isChromePhrase(line)) return true;
  // "Advertisement · Scroll to continue": several chrome phrases run together.
  const parts = line.split(INLINE_SEPARATOR);
  return parts.length > 1 && parts.every(isChromePhrase);
}

/** A bare "Baca juga:" / "Read more" whose teaser headline sits on the next line. */
export function isBareTeaserPrompt(line: string): boolean {
  return /^(?:(?:baca|lihat|simak) (?:juga|pula)|(?:read|see) (?:more|also)|also read|related)\s?:?$/i.test(line);
}

/** Whether a line heads a list of other stories rather than continuing the article. */
export function isListHeading(line: string): boolean {
  const heading = line.replace(/\s?:$/, '');
  return LIST_HEADING.some((pattern) => pattern.test(heading));
}

/**
 * Inside a list of other stories, a line that reads as a full sentence and is not one of
 * the list's repeated headlines means the article has resumed (lists also sit mid-story).
 */
export function resumesArticle(line: string, timesOnPage: number): boolean {
  return timesOnPage === 1 && wordCount(line) >= 10 && endsLikeSentence(line) && !line.endsWith('?');
}
