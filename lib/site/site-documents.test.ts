// sitemap.xml, robots.txt and feed.xml, parsed as XML: every address on PUBLIC_BASE_URL, escaped text.
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { atomFeed } from './atom-feed';
import { robotsTxt } from './robots-txt';
import { sitemapXml } from './sitemap-xml';

type Node = { name?: string; children?: Node[]; data?: string; attribs?: Record<string, string> };
const xml = (text: string) => parseDocument(text, { xmlMode: true }) as unknown as Node;
function all(node: Node, name: string): Node[] {
  return [...(node.name === name ? [node] : []), ...(node.children ?? []).flatMap((child) => all(child, name))];
}
const text = (node: Node): string => (node.data ?? '') + (node.children ?? []).map(text).join('');
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const base = 'https://cek.example.org/fakta/';
const at = new Date('2026-12-01T10:00:00.000Z');

describe('sitemapXml', () => {
  const doc = xml(
    sitemapXml({
      baseUrl: base,
      claims: [{ id: 'c1', summary: 'Banjir <5> & "air"', language: 'id', lastmod: at }],
      sources: [{ id: 's1', lastmod: at }],
    }),
  );
  const locs = all(doc, 'loc').map((node) => decode(text(node)));
  it('lists the verdict at its canonical address and the source in each language, with lastmod', () => {
    expect(locs).toContain('https://cek.example.org/fakta/id/claims/c1/banjir-5-air');
    expect(locs).toContain('https://cek.example.org/fakta/en/sources/s1');
    expect(locs).toContain('https://cek.example.org/fakta/id/sources/s1');
    expect(all(doc, 'lastmod').map(text)).toContain(at.toISOString());
  });
  it('lists the site pages, every address on the base URL', () => {
    for (const page of ['/id/methodology', '/en/corrections', '/en/about', '/id'])
      expect(locs).toContain(`https://cek.example.org/fakta${page}`);
    expect(locs.every((loc) => loc.startsWith('https://cek.example.org/fakta/'))).toBe(true);
  });
});

describe('robotsTxt', () => {
  it('keeps crawlers out of the desk, sign-in and API, and names the sitemap on the base URL', () => {
    const lines = robotsTxt(base).split('\n');
    expect(lines).toEqual(expect.arrayContaining(['User-agent: *', 'Disallow: /desk', 'Disallow: /login', 'Disallow: /api/']));
    expect(lines).toContain('Sitemap: https://cek.example.org/fakta/sitemap.xml');
  });
});

describe('atomFeed', () => {
  const site = { baseUrl: base, organization: { name: 'Cek & Co', url: 'https://cek.example.org' } };
  const item = {
    id: 'c1',
    summary: '</title><script>x</script>',
    language: 'en',
    label: 'False',
    explanation: 'Because.',
    publishedAt: at,
    updated: at,
  };
  const doc = xml(atomFeed(site, { title: 'Latest', language: 'en' }, [item]));
  it('is one Atom feed with an entry per verdict at its canonical address', () => {
    const [feed] = all(doc, 'feed');
    expect(feed?.attribs?.xmlns).toBe('http://www.w3.org/2005/Atom');
    const entries = all(doc, 'entry');
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    if (!entry) throw new Error('no entry');
    expect(decode(text(all(entry, 'id')[0] ?? {}))).toMatch(/^https:\/\/cek\.example\.org\/fakta\/en\/claims\/c1\//);
    expect(decode(text(all(entry, 'title')[0] ?? {}))).toBe('False: </title><script>x</script>');
    expect(all(doc, 'script')).toHaveLength(0);
    expect(decode(text(all(doc, 'name')[0] ?? {}))).toBe('Cek & Co');
  });
});
