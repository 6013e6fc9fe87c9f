// PostgreSQL text cannot hold the NUL character (U+0000): a NUL in any stored field made the
// write fail with error 22021, a bare 500. One rule for all the forms, decided once:
// - text a person typed (names, summaries, explanations, reasons, addresses) is refused with a
//   message on the field: a NUL there is a mistake or a probe, and silently changing typed text
//   would store something the editor did not see;
// - article text from outside (the imported body, the raw input kept for the record) has the NUL
//   removed: it is invisible, means nothing in a news article, and the import parser already drops
//   the other invisible control characters (lib/articles/normalise-text.ts).
import type { z } from 'zod';

/** A catalogue key: the action wrapper says it in the editor's language (lib/i18n/localise.ts). */
export const NUL_MESSAGE = 'Validation.nul';

const NUL = '\u0000';

export function stripNul(text: string): string {
  return text.includes(NUL) ? text.replaceAll(NUL, '') : text;
}

/** The paths, in a parsed form value, of every string that holds a NUL. */
export function pathsWithNul(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return value.includes(NUL) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => pathsWithNul(item, [...path, index]));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([key, item]) => pathsWithNul(item, [...path, key]));
  }
  return [];
}

/**
 * The schema, refusing a NUL in any of its strings with a message on that field. Wrap the schemas
 * that actions parse; `.extend()` keeps the rule, `.omit()` cannot be used on the result (zod), so
 * omit on the unwrapped shape and wrap again.
 */
export function refuseNul<T extends z.ZodType>(schema: T): T {
  return schema.superRefine((value, context) => {
    for (const path of pathsWithNul(value)) context.addIssue({ code: 'custom', message: NUL_MESSAGE, path });
  });
}
