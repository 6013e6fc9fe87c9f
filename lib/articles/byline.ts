// Classifies the short byline-block lines around an article: "By Jane Doe", "Penulis: ...",
// a bare "Penulis" label under a name, "Sumber BBC", "Editor: ...", the date line and a
// lone outlet name. They carry metadata and are removed from the body.

import { findPublishedDate } from './published-date';
import { isOutletName } from './outlet-names';
import { wordCount } from './normalise-text';

export type BylineLine =
  | { kind: 'author'; name: string; affiliation: string | null }
  | { kind: 'editor' }
  | { kind: 'role-label'; role: 'author' | 'editor' }
  | { kind: 'source'; source: string }
  | { kind: 'date'; iso: string; isUpdate: boolean; publisher: string | null }
  | { kind: 'outlet'; name: string };

const NAME_PARTICLES = new Set([
  'al',
  'bin',
  'binti',
  'da',
  'de',
  'del',
  'della',
  'den',
  'der',
  'di',
  'dos',
  'du',
  'el',
  'ibn',
  'la',
  'le',
  'van',
  'von',
]);
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}\.)$/u;

/** "Jane Doe", "A. B. Smith", "Ahmad bin Yusuf": a short run of capitalised words. */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > 5 || text.length > 60) return false;
  return words.every((word) => NAME_WORD.test(word) || NAME_PARTICLES.has(word)) && NAME_WORD.test(words[0] ?? '');
}

/** "Jane Doe and John Roe", "Ani, Budi dan Citra". */
export function isNameList(text: string): boolean {
  const names = text.split(/\s*,\s*|\s+(?:and|dan|&)\s+/).filter((name) => name !== '');
  return names.length > 0 && names.length <= 5 && names.every(isPersonName);
}

const AUTHOR_PREFIX = /^(?:by|oleh|written by|ditulis oleh|penulis|reporter|wartawan|author|kontributor|laporan wartawan)\s*:?\s+(.+)$/i;
const EDITOR_PREFIX = /^(?:editor|edited by|penyunting|redaktur|penyelaras(?: bahasa)?)\s*:?\s+(.+)$/i;
const AUTHOR_LABEL = /^(?:penulis|reporter|wartawan|author|kontributor|writer)\s?:?$/i;
const EDITOR_LABEL = /^(?:editor|penyunting|redaktur|tim redaksi|penyelaras bahasa)\s?:?$/i;
const SOURCE_WITH_COLON = /^(?:sumber|source|sources)\s?:\s*(.+)$/i;
const SOURCE_WITHOUT_COLON = /^sumber\s+(.+)$/i;
// What may surround a date on a date line besides the date itself.
const DATE_LINE_NOISE =
  /\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|published|posted|updated|last updated|diperbarui|diterbitkan|dipublikasikan|terbit|tayang|on|pada)\b|\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|detik|menit|jam|hari) (?:ago|lalu|yang lalu)/gi;
const MAX_BYLINE_CHARACTERS = 200;
const UPDATE_LABEL = /\b(?:updated|last updated|diperbarui)\b/i;

/** Splits "Jane Doe, Reuters" or "Jane Doe | BBC News" into the names and the outlet. */
function splitAffiliation(byline: string): { names: string; affiliation: string | null } {
  // "By Jane Doe in Washington": the place is not part of the name.
  const text = byline.replace(/[,;]+$/, '').replace(/\s+in\s+\p{Lu}[\p{L} .'-]*$/u, '');
  const match = /^(.+?)\s*(?:,|\s[|\-–—]\s)\s*([^,|]+)$/.exec(text);
  if (match?.[1] && match[2] && isOutletName(match[2])) return { names: match[1], affiliation: match[2].trim() };
  return { names: text, affiliation: null };
}

function authorFrom(text: string): BylineLine | null {
  const { names, affiliation } = splitAffiliation(text.trim());
  return isNameList(names) ? { kind: 'author', name: names, affiliation } : null;
}

function shortSource(text: string): string | null {
  const source = text.trim().replace(/[.;]$/, '');
  return wordCount(source) <= 5 && !/[.!?]$/.test(source) ? source : null;
}

/** "BBC", "AFP, Reuters": without a colon, "Sumber ..." may also open a headline or sentence. */
function isOutletList(text: string): boolean {
  return text.split(/\s*,\s*|\s+(?:dan|and|&)\s+/).every(isOutletName);
}

/** Up to four capitalised words, then a dash, right before the date. */
const OUTLET_BEFORE_DATE = /^((?:[\p{Lu}\d][\p{L}\d.+&'’]*)(?: [\p{Lu}\d][\p{L}\d.+&'’]*){0,3}) [-–—|] ?$/u;

function dateLine(line: string): BylineLine | null {
  if (line.length > 120) return null;
  const found = findPublishedDate(line);
  if (!found) return null;
  const rest = (line.slice(0, found.start) + ' ' + line.slice(found.end)).replace(DATE_LINE_NOISE, ' ');
  const leftover = rest
    .split(/\s+/)
    .map((token) => token.replace(/^[,.:;|·•\-–—()]+|[,:;|·•\-–—()]+$/g, ''))
    .filter((token) => token !== '' && token !== '.')
    .join(' ');
  if (leftover === '') return { kind: 'date', iso: found.iso, isUpdate: UPDATE_LABEL.test(line), publisher: null };
  // "Kompas.com - 01/10/2020, 15:32 WIB": the outlet prints itself beside the date.
  if (isOutletName(leftover)) return { kind: 'date', iso: found.iso, isUpdate: UPDATE_LABEL.test(line), publisher: leftover };
  // "Warta Uji - 02/02/2026, 10:05 WITA": an outlet not on any list, printed the same way.
  const beforeDate = OUTLET_BEFORE_DATE.exec(line.slice(0, found.start));
  if (beforeDate?.[1] && beforeDate[1] === leftover) return { kind: 'date', iso: found.iso, isUpdate: false, publisher: leftover };
  return null;
}

/**
 * The byline a bare role label ("Penulis") gives the line above it, when that line is a
 * name, or null. Kompas prints the name first and the label under it.
 */
export function labelledName(label: BylineLine, lineAbove: string | undefined): BylineLine | null {
  if (label.kind !== 'role-label' || lineAbove === undefined || !isNameList(lineAbove)) return null;
  return label.role === 'author' ? { kind: 'author', name: lineAbove.replace(/[,;]+$/, ''), affiliation: null } : { kind: 'editor' };
}

/**
 * What a line of the byline block says, or null for anything else. `strict` is for lines
 * inside the article, where only unmistakable forms count ("Sumber: X" but not "Sumber X",
 * which could open a sentence).
 */
export function classifyBylineLine(line: string, strict: boolean): BylineLine | null {
  // Byline, date and source lines are short. A longer line is prose, and some patterns below
  // backtrack over the whole line once per separator: a pasted 1 MB line would take hours.
  if (line.length > MAX_BYLINE_CHARACTERS) return null;
  if (AUTHOR_LABEL.test(line)) return { kind: 'role-label', role: 'author' };
  if (EDITOR_LABEL.test(line)) return { kind: 'role-label', role: 'editor' };
  const author = AUTHOR_PREFIX.exec(line);
  if (author?.[1]) {
    const byline = authorFrom(author[1]);
    if (byline) return byline;
  }
  const editor = EDITOR_PREFIX.exec(line);
  if (editor?.[1] && isNameList(splitAffiliation(editor[1]).names)) return { kind: 'editor' };
  const bareSource = strict ? null : SOURCE_WITHOUT_COLON.exec(line);
  const source = SOURCE_WITH_COLON.exec(line) ?? (bareSource?.[1] && isOutletList(bareSource[1]) ? bareSource : null);
  const sourceName = source?.[1] ? shortSource(source[1]) : null;
  if (sourceName) return { kind: 'source', source: sourceName };
  if (isOutletName(line)) return { kind: 'outlet', name: line };
  const date = dateLine(line);
  if (date) return date;
  // "Rakha Darmawan - detikNews": Detik's byline has no "By".
  if (!strict && /\s[|\-–—]\s|,/.test(line)) {
    const affiliated = authorFrom(line);
    if (affiliated?.kind === 'author' && affiliated.affiliation !== null) return affiliated;
  }
  return null;
}
