// The catalogues stay complete: every key in every language, no empty message, every message valid
// ICU syntax, and the same placeholders in each language (a translation cannot drop a {name}).
// A key used in code but missing from the catalogues fails the type check (global.d.ts).
import { createTranslator, IntlErrorCode, type IntlError } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { MESSAGES } from './messages';

type Tree = { [key: string]: string | Tree };

/** "Verdict.published" -> text, for every leaf of a catalogue. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of leaves(value, path)) out.set(inner, text);
  }
  return out;
}

/** The argument names of an ICU message ("{total, plural, ...}" -> total), nested ones included. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1] ?? ''))].sort();
}

const catalogues = LOCALES.map((locale) => ({ locale, entries: leaves(MESSAGES[locale] as Tree) }));

describe('message catalogues', () => {
  it.each(catalogues)('$locale has exactly the keys of every other language', ({ locale, entries }) => {
    for (const other of catalogues) {
      const missing = [...other.entries.keys()].filter((key) => !entries.has(key));
      expect(missing, `in ${other.locale} but not in ${locale}`).toEqual([]);
    }
  });

  it.each(catalogues)('$locale has no empty message', ({ entries }) => {
    expect([...entries].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it.each(catalogues)('$locale messages are valid ICU with the same placeholders as English', ({ locale, entries }) => {
    const invalid: string[] = [];
    const onError = (error: IntlError) => {
      if (error.code === IntlErrorCode.INVALID_MESSAGE) invalid.push(error.message);
    };
    const t = createTranslator({ locale, messages: MESSAGES[locale], onError });
    const english = leaves(MESSAGES.en);
    for (const [key, text] of entries) {
      // Formatting without values reports a missing argument (ignored here) or a syntax error.
      t(key as Parameters<typeof t>[0]);
      expect(argumentsOf(text), `${locale} ${key}`).toEqual(argumentsOf(english.get(key) ?? ''));
    }
    expect(invalid).toEqual([]);
  });

  it('finds a broken catalogue (the checks above can fail)', () => {
    const broken = leaves({ a: { b: '' } });
    expect([...broken].filter(([, text]) => !text.trim())).toHaveLength(1);
    expect(argumentsOf('{total, plural, one {# check} other {# checks of {name}}}')).toEqual(['name', 'total']);
    const invalid: string[] = [];
    createTranslator({
      locale: 'en',
      messages: { x: '{unclosed' } as never,
      onError: (e: IntlError) => {
        if (e.code === IntlErrorCode.INVALID_MESSAGE) invalid.push(e.code);
      },
    })('x' as never);
    expect(invalid).toHaveLength(1);
  });
});
