import { describe, expect, it } from 'vitest';
import { describeSpan } from './describe-span';
import type { TextAnchor } from './describe-span';
import { reanchor, reanchorAll } from './reanchor';
import type { ReanchorResult } from './reanchor';

// Fictional reporting; names and places are invented.
const BERITA = [
  'Pemerintah Kota Lembayung menaikkan anggaran pasar rakyat menjadi Rp 5 miliar tahun ini.',
  'Kepala Dinas Perdagangan, Budi Santosa, menyebut harga cabai rawit turun 20 persen dalam sebulan. ' +
    '"Pasokan dari Kabupaten Tirta sudah pulih," kata dia.',
  'Namun pedagang di Pasar Baru membantah. "Harga masih Rp 80 ribu per kilogram," kata dia sambil ' + 'menunjuk papan harga.',
  'Dinas berjanji mengumumkan data lengkap pekan depan.',
].join('\n\n');

const NEWS = [
  'The mayor of Riverton said the new bridge will open in March. "We are ahead of schedule," he said on Monday.',
  'Council member Dana Ortiz disputed the timeline. "The inspections have not even started," she said.',
  'Engineers told the Riverton Gazette that the steel delivery was late. "It could be June," he said.',
].join('\n\n');

const EMOJI_POST = 'Warganet ramai membalas unggahan itu. "Harga naik lagi 😡 padahal baru gajian," tulis seorang pengguna.';

const BANTUAN = [
  'Bantuan sebesar Rp 5 juta per keluarga cair bulan ini, kata Dinas Sosial Lembayung.',
  'Warga Desa Sumber Air menerima bantuan sebesar Rp 5 juta per keluarga pada Februari.',
].join('\n\n');

/** Anchor on the `nth` (0-based) occurrence of `quote`. */
function anchorOn(body: string, quote: string, nth = 0): TextAnchor {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = body.indexOf(quote, start + 1);
  if (start === -1) throw new Error(`fixture lacks occurrence ${nth} of ${quote}`);
  const result = describeSpan(body, start, start + quote.length);
  if (!result.ok) throw new Error(result.problem);
  return result.anchor;
}

function replaceOnce(body: string, from: string, to: string): string {
  const at = body.indexOf(from);
  if (at === -1 || body.indexOf(from, at + 1) !== -1) throw new Error(`fixture needs exactly one ${from}`);
  return body.slice(0, at) + to + body.slice(at + from.length);
}

/** Asserts the result points at `quote` in `body`, at its `nth` occurrence there. */
function expectAt(result: ReanchorResult, body: string, quote: string, nth = 0): void {
  expect(result.status).not.toBe('lost');
  if (result.status === 'lost') return;
  const expected = anchorOn(body, quote, nth);
  expect(result.anchor).toEqual(expected);
}

// Both ways of calling: with the old body (diff-assisted) and without (context only).
type Run = (oldBody: string, newBody: string, anchor: TextAnchor) => ReanchorResult;
const WITH_AND_WITHOUT_OLD_BODY: readonly (readonly [string, Run])[] = [
  ['with the old body', (oldBody, newBody, anchor) => reanchor(newBody, anchor, oldBody)],
  ['without the old body', (_oldBody, newBody, anchor) => reanchor(newBody, anchor)],
];

describe.each(WITH_AND_WITHOUT_OLD_BODY)('reanchor %s', (_label, run) => {
  it('leaves an anchor on an unedited body unchanged', () => {
    const anchor = anchorOn(BERITA, 'harga cabai rawit turun 20 persen');
    expect(run(BERITA, BERITA, anchor)).toEqual({ status: 'unchanged', anchor });
  });

  it('shifts the offsets when a typo before the quote is fixed', () => {
    const oldBody = replaceOnce(BERITA, 'pasar rakyat', 'pasarr rakyat');
    const anchor = anchorOn(oldBody, 'harga cabai rawit turun 20 persen');
    const result = run(oldBody, BERITA, anchor);
    expect(result).toMatchObject({ status: 'moved', quoteChanged: false });
    expectAt(result, BERITA, 'harga cabai rawit turun 20 persen');
    if (result.status !== 'lost') expect(result.anchor.start).toBe(anchor.start - 1);
  });

  it('follows a typo fixed inside the quote and returns the corrected text', () => {
    const oldBody = replaceOnce(BERITA, 'cabai rawit', 'cabai rawwit');
    const anchor = anchorOn(oldBody, 'harga cabai rawwit turun 20 persen');
    const result = run(oldBody, BERITA, anchor);
    expect(result).toMatchObject({ status: 'moved', quoteChanged: true });
    expectAt(result, BERITA, 'harga cabai rawit turun 20 persen');
  });

  it('follows a typo fixed inside a quote that opens the article', () => {
    const oldBody = replaceOnce(BERITA, 'Pemerintah Kota', 'Pemrintah Kota');
    const anchor = anchorOn(oldBody, 'Pemrintah Kota Lembayung');
    expect(anchor.prefix).toBe('');
    const result = run(oldBody, BERITA, anchor);
    expect(result).toMatchObject({ status: 'moved', quoteChanged: true });
    expectAt(result, BERITA, 'Pemerintah Kota Lembayung');
  });

  it('moves quotes after a paragraph inserted before them, each "kata dia" to its own place', () => {
    const newBody = `Pembaruan: artikel ini menambahkan tanggapan pedagang.\n\n${BERITA}`;
    const shift = newBody.length - BERITA.length;
    for (const nth of [0, 1]) {
      const anchor = anchorOn(BERITA, 'kata dia', nth);
      const result = run(BERITA, newBody, anchor);
      expect(result).toMatchObject({ status: 'moved', quoteChanged: false });
      expectAt(result, newBody, 'kata dia', nth);
      if (result.status !== 'lost') expect(result.anchor.start).toBe(anchor.start + shift);
    }
  });

  it('tells the two "kata dia" apart when the text just before one of them changed', () => {
    const newBody = replaceOnce(BERITA, 'sudah pulih', 'telah pulih kembali');
    expectAt(run(BERITA, newBody, anchorOn(BERITA, 'kata dia', 0)), newBody, 'kata dia', 0);
    expectAt(run(BERITA, newBody, anchorOn(BERITA, 'kata dia', 1)), newBody, 'kata dia', 1);
  });

  it('tells the two "he said" apart in English copy', () => {
    const newBody = replaceOnce(NEWS, 'The mayor of Riverton', 'Riverton Mayor Alan Brooks');
    const first = run(NEWS, newBody, anchorOn(NEWS, 'he said', 0));
    const second = run(NEWS, newBody, anchorOn(NEWS, 'he said', 1));
    expectAt(first, newBody, 'he said', 0);
    expectAt(second, newBody, 'he said', 1);
  });

  it('loses a quote whose paragraph was deleted, even though the same words remain elsewhere', () => {
    const paragraphs = BERITA.split('\n\n');
    const newBody = [paragraphs[0], paragraphs[2], paragraphs[3]].join('\n\n');
    expect(newBody).toContain('kata dia');
    for (const quote of ['kata dia', 'harga cabai rawit turun 20 persen']) {
      const result = run(BERITA, newBody, anchorOn(BERITA, quote));
      expect(result).toMatchObject({ status: 'lost', reason: 'not-found' });
    }
    // The claims in the surviving paragraph are untouched by the deletion.
    expectAt(run(BERITA, newBody, anchorOn(BERITA, 'kata dia', 1)), newBody, 'kata dia', 0);
  });

  it('never re-attaches a changed figure to the same figure quoted elsewhere', () => {
    const oldBody = BANTUAN;
    const newBody = replaceOnce(oldBody, 'Bantuan sebesar Rp 5 juta', 'Bantuan sebesar Rp 8 juta');
    const result = run(oldBody, newBody, anchorOn(oldBody, 'Rp 5 juta', 0));
    // Whatever the outcome, it must not be the other family's Rp 5 juta.
    if (result.status !== 'lost') expectAt(result, newBody, 'Rp 8 juta');
  });

  it('moves a quote containing emoji by whole characters', () => {
    const oldBody = EMOJI_POST;
    const newBody = `🔥🔥 Viral! ${oldBody}`;
    const anchor = anchorOn(oldBody, 'Harga naik lagi 😡 padahal baru gajian');
    const result = run(oldBody, newBody, anchor);
    expect(result).toMatchObject({ status: 'moved', quoteChanged: false });
    expectAt(result, newBody, 'Harga naik lagi 😡 padahal baru gajian');
  });

  it('follows an emoji swapped inside the quote, counting it as one edit', () => {
    const oldBody = EMOJI_POST;
    const newBody = replaceOnce(oldBody, '😡', '😤');
    const result = run(oldBody, newBody, anchorOn(oldBody, 'Harga naik lagi 😡 padahal baru gajian'));
    expect(result).toMatchObject({ status: 'moved', quoteChanged: true });
    expectAt(result, newBody, 'Harga naik lagi 😤 padahal baru gajian');
  });

  it('loses a quote that was rewritten beyond a small correction', () => {
    const newBody = replaceOnce(BERITA, 'harga cabai rawit turun 20 persen', 'harga bawang merah naik tajam');
    const result = run(BERITA, newBody, anchorOn(BERITA, 'harga cabai rawit turun 20 persen'));
    expect(result).toMatchObject({ status: 'lost', reason: 'not-found' });
  });

  it('refuses a stored quote that is only spaces', () => {
    const anchor: TextAnchor = { start: 3, end: 5, exact: '  ', prefix: 'abc', suffix: 'def' };
    expect(run(BERITA, BERITA, anchor)).toEqual({
      status: 'lost',
      reason: 'invalid-anchor',
    });
  });
});

describe('reanchor without the old body', () => {
  it('gives up on duplicates whose context is identical and whose position changed', () => {
    // The editor pasted the first paragraph twice under a new lead: both copies match fully.
    const paragraphs = NEWS.split('\n\n');
    const lead = 'Update: the city responded on Tuesday.';
    const newBody = [lead, paragraphs[0], paragraphs[0], ...paragraphs.slice(1)].join('\n\n');
    const result = reanchor(newBody, anchorOn(NEWS, 'will open in March'));
    expect(result).toEqual({ status: 'lost', reason: 'ambiguous' });
  });

  it('gives up when the surroundings of every remaining duplicate changed', () => {
    const newBody = replaceOnce(
      BERITA,
      '"Pasokan dari Kabupaten Tirta sudah pulih," kata dia.',
      'Ia menolak merinci sumber pasokan, kata dia kepada wartawan.',
    );
    const result = reanchor(newBody, anchorOn(BERITA, 'kata dia', 0));
    expect(result).toMatchObject({ status: 'lost', reason: 'ambiguous' });
  });

  it('gives up when a figure changed in place and the old figure is quoted elsewhere', () => {
    // Context alone sees two stories: the old words elsewhere, near words in the right place.
    const newBody = replaceOnce(BANTUAN, 'Bantuan sebesar Rp 5 juta', 'Bantuan sebesar Rp 8 juta');
    const result = reanchor(newBody, anchorOn(BANTUAN, 'Rp 5 juta', 0));
    expect(result).toMatchObject({ status: 'lost', reason: 'ambiguous' });
  });

  it('keeps an anchor whose offsets still hold when only its context changed', () => {
    const newBody = replaceOnce(BERITA, 'dalam sebulan', 'dalam satu bulan');
    const anchor = anchorOn(BERITA, 'harga cabai rawit turun 20 persen');
    const result = reanchor(newBody, anchor);
    expect(result.status).toBe('unchanged');
    if (result.status === 'unchanged') expect(result.anchor.suffix).not.toBe(anchor.suffix);
  });

  it('finds a long unique quote even when everything around it changed', () => {
    const quote = 'the Riverton Gazette that the steel delivery was late';
    const newBody = `In an update, engineers told ${quote}; the city did not respond.`;
    expectAt(reanchor(newBody, anchorOn(NEWS, quote)), newBody, quote);
  });
});

describe('reanchor with the old body', () => {
  it('uses the edit to rule out a look-alike figure and follows the corrected one', () => {
    const oldBody = BANTUAN;
    const newBody = replaceOnce(oldBody, 'Bantuan sebesar Rp 5 juta', 'Bantuan sebesar Rp 8 juta');
    const result = reanchor(newBody, anchorOn(oldBody, 'Rp 5 juta', 0), oldBody);
    expect(result).toMatchObject({ status: 'moved', quoteChanged: true });
    expectAt(result, newBody, 'Rp 8 juta');
  });

  it('searches by context when the anchor does not describe the old body (stale anchor)', () => {
    const anchor = { ...anchorOn(BERITA, 'harga cabai rawit turun 20 persen'), start: 0, end: 5 };
    const newBody = `Pembaruan.\n\n${BERITA}`;
    expectAt(reanchor(newBody, anchor, BERITA), newBody, 'harga cabai rawit turun 20 persen');
  });
});

describe('reanchorAll', () => {
  it('re-anchors every claim in order', () => {
    const quotes = ['Rp 5 miliar', 'harga cabai rawit turun 20 persen', 'kata dia', 'data lengkap'];
    const anchors = [...quotes.map((quote) => anchorOn(BERITA, quote)), anchorOn(BERITA, 'kata dia', 1)];
    const newBody = replaceOnce(BERITA, 'Namun pedagang', 'Namun, pedagang');
    const results = reanchorAll(BERITA, newBody, anchors);
    const statuses = results.map((result) => result.status);
    expect(statuses).toEqual(['unchanged', 'unchanged', 'unchanged', 'moved', 'moved']);
    expectAt(results[3] ?? lostResult(), newBody, 'data lengkap');
    expectAt(results[4] ?? lostResult(), newBody, 'kata dia', 1);
  });

  it('handles a ~1 MB body with many claims and one inserted paragraph', () => {
    const paragraphs = Array.from(
      { length: 6000 },
      (_, i) =>
        `Paragraf ${i}: warga RT ${i % 17} melaporkan harga beras Rp ${10_000 + i} per kilogram, kata dia ` +
        `kepada Lembayung Pos pada pekan ke-${i % 52}.`,
    );
    const oldBody = paragraphs.join('\n\n');
    expect(oldBody.length).toBeGreaterThan(700_000);
    const inserted = 'Catatan redaksi: angka diperbarui.\n\n';
    const newBody = oldBody.replace('Paragraf 10:', `${inserted}Paragraf 10:`);
    const anchors = Array.from({ length: 300 }, (_, i) => anchorOn(oldBody, `Rp ${10_000 + i * 20} per kilogram`));
    const results = reanchorAll(oldBody, newBody, anchors);
    results.forEach((result, i) => {
      const anchor = anchors[i];
      if (anchor === undefined || result.status === 'lost') throw new Error(`claim ${i} was lost`);
      const shift = i * 20 >= 10 ? inserted.length : 0;
      expect(result.anchor.start).toBe(anchor.start + shift);
    });
    // A figure corrected inside a quote, diffed against the previous version: followed.
    const fixed = newBody.replace('Rp 15000 per kilogram', 'Rp 15.000 per kilogram');
    const movedAnchors = results.flatMap((result) => (result.status === 'lost' ? [] : [result.anchor]));
    const followed = reanchorAll(newBody, fixed, movedAnchors);
    expect(followed.filter((result) => result.status === 'unchanged')).toHaveLength(250);
    expect(followed.filter((result) => result.status === 'moved')).toHaveLength(50);
    expectAt(followed[250] ?? lostResult(), fixed, 'Rp 15.000 per kilogram');

    // Without the old body every claim is found by searching the whole text. The corrected
    // figure is then lost on purpose: its context is boilerplate shared by hundreds of
    // paragraphs, and "Rp 15017" two edits away would be as good a match as "Rp 15.000".
    const searched = anchors.map((anchor) => reanchor(fixed, anchor));
    expect(searched.filter((result) => result.status === 'lost')).toHaveLength(1);
    expect(searched[250]).toMatchObject({ status: 'lost', reason: 'ambiguous' });
  });
});

describe('invariants under random single edits', () => {
  it('returns only real, non-blank spans and never loses a quote the edit did not touch', () => {
    let seed = 20240303;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = ['', 'kata dia', ' ', '😀', 'Rp 5 juta', '\n\n', 'he said', 'x'];
    const quotes = ['kata dia', 'Rp 80 ribu', 'he said', 'cabai rawit', 'Pasar Baru', 'bridge'];
    const body = `${BERITA}\n\n${NEWS}`.replace('Pasar Baru', 'Pasar Baru 😀');
    let untouched = 0;
    for (let round = 0; round < 500; round += 1) {
      let from = random(body.length);
      let to = Math.min(body.length, from + random(40));
      if (!describeSpan(body, from, body.length).ok && from > 0) from -= 1; // keep emoji whole
      if (to < body.length && !describeSpan(body, 0, to).ok) to += 1;
      const newBody = body.slice(0, from) + (pieces[random(pieces.length)] ?? '') + body.slice(to);
      const anchor = anchorOn(body, quotes[random(quotes.length)] ?? 'kata dia');

      const withOld = reanchor(newBody, anchor, body);
      for (const result of [withOld, reanchor(newBody, anchor)]) {
        if (result.status === 'lost') continue;
        const { start, end, exact } = result.anchor;
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(newBody.length);
        expect(end).toBeGreaterThan(start);
        expect(newBody.slice(start, end)).toBe(exact);
        expect(exact.trim()).not.toBe('');
      }
      // An edit at least one character away from the quote leaves its words in place.
      if (to < anchor.start - 1 || from > anchor.end + 1) {
        untouched += 1;
        expect(withOld.status).not.toBe('lost');
        if (withOld.status !== 'lost') expect(withOld.anchor.exact).toBe(anchor.exact);
      }
    }
    expect(untouched).toBeGreaterThan(300);
  });
});

function lostResult(): ReanchorResult {
  return { status: 'lost', reason: 'not-found' };
}
