import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleInputError } from './input-error';
import { parseHtmlArticle } from './parse-html';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('news page with navigation, sidebar and footer', () => {
  const article = parseHtmlArticle(fixture('news-page.html'));

  it('takes metadata from Open Graph, meta author, published_time and the body', () => {
    expect(article).toMatchObject({
      title: 'Kereta Gantung Bukit Seruni Ditutup Sementara untuk Perawatan',
      publisher: 'Wartanusa.com',
      author: 'Dimas Arya Nugraha',
      publishedAt: '2023-06-12T16:45:00+07:00',
      dateline: 'SERUNI',
      originalSource: 'Antara',
      language: 'id',
    });
  });

  it('keeps only the article paragraphs, with source whitespace collapsed', () => {
    expect(article.body.split('\n\n')).toEqual([
      'SERUNI, WARTANUSA.com - Pengelola wisata Bukit Seruni menutup sementara layanan kereta gantung mulai Senin (12/6/2023) untuk perawatan kabel dan kabin.',
      'Manajer operasional, Laras Wulandari, mengatakan perawatan berkala itu dijadwalkan berlangsung selama dua pekan.',
      '"Keselamatan pengunjung adalah prioritas kami," kata Laras.',
      'Ia menambahkan, tiket yang sudah dibeli dapat dikembalikan secara penuh.',
      'Selama penutupan, pengunjung masih dapat menikmati taman bunga dan jalur sepeda di kawasan tersebut.',
    ]);
  });

  it('leaves out menus, captions, the sidebar, share buttons and the footer', () => {
    expect(article.body).not.toMatch(/Nasional|Kabin kereta|Terpopuler|Harga Tiket|Bagikan|Hak Cipta|Baca juga|dataLayer/);
  });
});

describe('English wire page', () => {
  const html = `<!doctype html><html lang="en-GB"><head>
    <meta property="og:site_name" content="Reuters">
    <title>Fictional port strike ends after nine days | Reuters</title>
    <script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","headline":"Fictional port strike ends after nine days","datePublished":"2021-05-04T08:32:00Z","author":[{"name":"Jane Doe"},{"name":"John Roe"}]}]</script>
    </head><body><article>
    <h1>Fictional port strike ends after nine days</h1>
    <p class="byline">By Jane Doe and John Roe</p>
    <p>SANTA MARTA (Reuters) - Dock workers at the fictional port of Santa Marta ended a nine-day strike on Tuesday after accepting a pay offer.</p>
    <p>The union said members voted 812 to 140 in favour of the deal.</p>
    <p>Read more: Shipping rates ease as ports reopen</p>
    </article></body></html>`;
  const article = parseHtmlArticle(html);

  it('reads JSON-LD, and credits no agency when the agency is the publisher', () => {
    expect(article).toMatchObject({
      title: 'Fictional port strike ends after nine days',
      publisher: 'Reuters',
      author: 'Jane Doe, John Roe',
      publishedAt: '2021-05-04T08:32:00+00:00',
      dateline: 'SANTA MARTA',
      originalSource: null,
      language: 'en',
    });
  });

  it('drops the byline paragraph and the "Read more" link', () => {
    expect(article.body.split('\n\n')).toEqual([
      'SANTA MARTA (Reuters) - Dock workers at the fictional port of Santa Marta ended a nine-day strike on Tuesday after accepting a pay offer.',
      'The union said members voted 812 to 140 in favour of the deal.',
    ]);
  });
});

describe('sparse HTML', () => {
  it('parses a fragment without <html>, falling back to <title> minus the site name', () => {
    const article = parseHtmlArticle(
      '<title>Bridge to reopen next week - Ledger News</title><p>LONDON — The council said on Monday that the fictional bridge would reopen next week after repairs.</p><p>Engineers found no further damage.</p>',
    );
    expect(article.title).toBe('Bridge to reopen next week');
    expect(article.dateline).toBe('LONDON');
    expect(article.body).toBe(
      'LONDON — The council said on Monday that the fictional bridge would reopen next week after repairs.\n\nEngineers found no further damage.',
    );
  });

  it('falls back to the declared language when the text is too short to detect', () => {
    const article = parseHtmlArticle('<html lang="fr"><body><p>Le conseil municipal a voté le budget mardi soir à Lyon.</p></body></html>');
    expect(article.language).toBe('fr');
  });

  it('refuses a page that holds only navigation and scripts', () => {
    const error = thrownBy(() => parseHtmlArticle(fixture('no-article.html')));
    expect(error).toBeInstanceOf(ArticleInputError);
    expect(error).toMatchObject({ code: 'no-readable-content' });
    expect(error instanceof Error ? error.message : '').toMatch(/No article text was found/);
  });

  it('refuses an empty document', () => {
    expect(() => parseHtmlArticle('<html><head></head><body></body></html>')).toThrow(/No article text/);
  });
});
