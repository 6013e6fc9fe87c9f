// Notes the desk writes by itself when a change reaches a published claim (a source renamed, an
// article corrected, a place linked or moved, two claims merged): the correction's "what" and
// "why" and the claim's "public page out of date" flag. They are stored as catalogue keys with
// their values, so readers and editors read them in their own language; text written by a person
// (an editor's correction) and notes stored before the keys are plain text and are shown as stored.
// Pure: the catalogues only, so unit tests cover the encoding and both languages.
import type { Locale } from './locales';
import { isMessageKey, translatorFor } from './localise';
import { MESSAGES } from './messages';

export type CorrectionNoteKey = keyof (typeof MESSAGES)['en']['CorrectionNote'];

/** One change: a CorrectionNote message and its values, or text stored before the keys. */
export type NotePart = { key: CorrectionNoteKey; values?: Record<string, string> } | { text: string };

// The stored form: this prefix, then JSON. Nobody types it, and a plain note never starts with it.
const PREFIX = 'claimdesk-note:v1:';

export function encodeNote(parts: NotePart[]): string {
  return `${PREFIX}${JSON.stringify(parts)}`;
}

function isPart(value: unknown): value is NotePart {
  if (!value || typeof value !== 'object') return false;
  const part = value as Record<string, unknown>;
  if (typeof part.text === 'string') return true;
  const values = part.values;
  const valuesOk =
    values === undefined || (typeof values === 'object' && values !== null && Object.values(values).every((v) => typeof v === 'string'));
  return typeof part.key === 'string' && isMessageKey(MESSAGES.en, `CorrectionNote.${part.key}`) && valuesOk;
}

/** The parts of a stored note; a plain note (a person's words, or an old row) is one text part. */
export function decodeNote(stored: string): NotePart[] {
  if (!stored.startsWith(PREFIX)) return [{ text: stored }];
  try {
    const parsed: unknown = JSON.parse(stored.slice(PREFIX.length));
    if (Array.isArray(parsed) && parsed.every(isPart)) return parsed;
  } catch {
    // shown as stored below: a damaged note is still better read than hidden
  }
  return [{ text: stored }];
}

/** True when the note is the desk's own (keys), so it is in the page's language, not the writer's. */
export function isDeskNote(stored: string): boolean {
  return decodeNote(stored).every((part) => 'key' in part);
}

/** Several changes in one note ("source renamed …; article text corrected"): one flag lists each. */
export function appendNote(previous: string | null, parts: NotePart[]): string {
  return encodeNote([...(previous ? decodeNote(previous) : []), ...parts]);
}

/** Values that are codes (a source kind, a status, an evidence relation), said in the note's language. */
const CODE_VALUES: Record<string, string> = {
  fromKind: 'SourceKind',
  toKind: 'SourceKind',
  fromStatus: 'Status',
  toStatus: 'Status',
  fromRelation: 'History.relation',
  toRelation: 'History.relation',
  relation: 'History.relation',
};

/** The note in `locale`; codes among the values are said in that language too. */
export function describeNote(locale: Locale, stored: string): string {
  const t = translatorFor(locale);
  return decodeNote(stored)
    .map((part) => {
      if ('text' in part) return part.text;
      const values = Object.fromEntries(
        Object.entries(part.values ?? {}).map(([name, value]) => {
          const code = `${CODE_VALUES[name] ?? ''}.${value}`;
          return [
            name,
            Object.hasOwn(CODE_VALUES, name) && isMessageKey(MESSAGES[locale], code) ? t(code as Parameters<typeof t>[0]) : value,
          ];
        }),
      );
      return t(`CorrectionNote.${part.key}`, values);
    })
    .join('; ');
}
