// A search of plain words is rewritten by next.config.ts straight into a path, without proxy.ts;
// every other value of `q` must reach proxy.ts. The two rules live in two files (Next needs the
// proxy's matcher as a literal), so this keeps them exact complements.
import { describe, expect, it } from 'vitest';
import { config as proxyConfig } from '@/proxy';
import nextConfig from '@/next.config';
import { PLAIN_WORDS_PATTERN, SEARCH_FILTER_NAMES } from './index-search';

type Has = { type: string; key: string; value?: string };
const proxyQueryRule = proxyConfig.matcher
  .flatMap((entry) => (typeof entry === 'string' ? [] : ((entry.has ?? []) as Has[])))
  .find((has) => has.type === 'query' && has.key === 'q');
// Next anchors `has` values and compiles them without flags.
const anchored = (value: string) => new RegExp(`^${value}$`);
const rewritten = anchored(`(?<q>${PLAIN_WORDS_PATTERN})`);
const proxied = anchored(proxyQueryRule?.value ?? '(?!)');

const PLAIN = [
  'banjir',
  '...',
  '.. ',
  'a ..',
  'harga beras',
  'Tank Armenia',
  "Turki's F-16",
  'jalan tol: 2024!',
  'é ü ñ 中文',
  'a'.repeat(200),
];
const NOT_PLAIN = ['', '.', '..', 'a/b', '100%', 'why?', 'c#', 'back\\slash', 'new\nline', 'tab\there', 'a'.repeat(201)];

describe('the plain-words search rewrite and the proxy matcher', () => {
  it('writes the proxy rule as the complement of the rewrite pattern', () => {
    expect(proxyQueryRule?.value).toBe(`(?!${PLAIN_WORDS_PATTERN}$)[\\s\\S]*`);
  });

  it('rewrites plain words and leaves them out of the proxy', () => {
    for (const q of PLAIN) {
      expect(rewritten.test(q), q).toBe(true);
      expect(proxied.test(q), q).toBe(false);
    }
  });

  it('sends everything else through the proxy, and never into a path as it is', () => {
    for (const q of NOT_PLAIN) {
      expect(rewritten.test(q), JSON.stringify(q)).toBe(false);
      expect(proxied.test(q), JSON.stringify(q)).toBe(true);
    }
  });

  it('takes the rewrite only when no other filter is given (those go through the proxy)', async () => {
    type Rule = { source: string; missing?: Has[]; destination: string };
    const rewrites = await (nextConfig.rewrites as () => Promise<{ beforeFiles: Rule[] }>)();
    // Before the pages: the plain index /<lang> is a page, which would otherwise answer the search.
    const words = rewrites.beforeFiles.find((rule) => rule.destination.includes('/search/words/'));
    expect(words?.missing?.map((m) => m.key).sort()).toEqual([...SEARCH_FILTER_NAMES].sort());
    for (const name of SEARCH_FILTER_NAMES) {
      expect(
        proxyConfig.matcher.some((entry) => typeof entry !== 'string' && (entry.has as Has[] | undefined)?.some((h) => h.key === name)),
      ).toBe(true);
    }
  });
});
