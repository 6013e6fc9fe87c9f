import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { assertHtmlWithinLimits, HTML_LIMITS, measureHtml } from './html-complexity';
import { ArticleInputError } from './input-error';
import { parseArticle } from './parse-article';
import { nestedDivs } from '@/tests/support/hostile-html';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

/** Depth of the deepest element in linkedom's DOM, the document Readability walks. */
function domDepth(html: string): number {
  const { document } = parseHTML(html);
  const depthOf = (element: Element): number => 1 + Math.max(0, ...[...element.children].map(depthOf));
  return document.documentElement ? depthOf(document.documentElement) : 0;
}

describe('measureHtml', () => {
  it('measures the depth linkedom builds, implied end tags included', () => {
    const samples = [
      '<html><body><p>one<p>two<p>three</body></html>',
      '<html><body><ul><li>a<li><b>b</b><li>c</ul><br><img src=x></body></html>',
      nestedDivs(40),
      fixture('news-page.html'),
    ];
    for (const html of samples) {
      const measured = measureHtml(html);
      expect(measured.ok && measured.depth).toBe(domDepth(html));
    }
  });

  it('lets real pages through', () => {
    for (const name of ['news-page.html', 'no-article.html']) expect(measureHtml(fixture(name)).ok).toBe(true);
  });

  it.each([1_000, 2_000, 100_000])('stops at the depth limit for %i nested <div>s', (depth) => {
    expect(measureHtml(nestedDivs(depth))).toEqual({ ok: false, exceeded: 'depth', limit: HTML_LIMITS.maxDepth });
  });

  it('accepts exactly the depth limit and refuses one more', () => {
    const atLimit = (depth: number) => measureHtml('<div>'.repeat(depth));
    expect(atLimit(HTML_LIMITS.maxDepth).ok).toBe(true);
    expect(atLimit(HTML_LIMITS.maxDepth + 1).ok).toBe(false);
  });

  it('stops at the node limit: elements, text runs and comments all count', () => {
    expect(measureHtml('<b>x</b>'.repeat(12_000)).ok).toBe(true);
    expect(measureHtml('<b>x</b>'.repeat(13_000))).toEqual({ ok: false, exceeded: 'nodes', limit: HTML_LIMITS.maxNodes });
    expect(measureHtml('<!---->'.repeat(HTML_LIMITS.maxNodes + 1)).ok).toBe(false);
  });
});

describe('assertHtmlWithinLimits', () => {
  it('says what is wrong and what to do', () => {
    expect(() => assertHtmlWithinLimits(nestedDivs(1_000))).toThrow(/nests its tags more than 100 levels deep.*paste the article text/);
    expect(() => assertHtmlWithinLimits('<i></i>'.repeat(30_000))).toThrow(/more than 25,000 tags/);
  });
});

describe('the HTML parser refuses over-limit pages before building a DOM', () => {
  // Before the limit, 1,000 levels kept Readability busy for about 30 s, 2,000 for about 5 minutes.
  it.each([1_000, 2_000])('refuses %i nested <div>s with a clear message', (depth) => {
    const error = (() => {
      try {
        parseArticle(nestedDivs(depth));
      } catch (thrown) {
        return thrown;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ArticleInputError);
    expect((error as ArticleInputError).code).toBe('too-complex');
  });
});
