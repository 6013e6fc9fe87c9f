import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';
import type { ClaimCandidate } from './types';

// Fictional fixtures: invented people, places and events.
const cueText = (text: string, c: ClaimCandidate | undefined): string => (c ? text.slice(...c.cue) : '');
const byCue = (text: string, claims: ClaimCandidate[], cue: string): number => claims.findIndex((c) => cueText(text, c) === cue);

function link(text: string, answerCue: string, answeredCue: string) {
  const claims = extractClaims(text);
  const answer = byCue(text, claims, answerCue);
  const answered = byCue(text, claims, answeredCue);
  expect(answer, `no claim with cue "${answerCue}"`).toBeGreaterThanOrEqual(0);
  expect(answered, `no claim with cue "${answeredCue}"`).toBeGreaterThanOrEqual(0);
  return { claims, answer: claims[answer], answered };
}

describe('a denial or confirmation that points back answers the earlier attribution', () => {
  it('links "menolak tuduhan itu" to the accusation it denies (Indonesian)', () => {
    const text =
      'Kementerian Pertahanan Velmora mengatakan, dua drone Kestria telah menyerang pelabuhan Arvento pada Senin. ' +
      'Dewan kota Arvento menyatakan, pasar ikan akan dibuka kembali pekan depan.\n' +
      'Kestria, sekutu lama Dorvia, menolak tuduhan itu sebagai "fitnah belaka".';
    const { answer, answered } = link(text, 'menolak', 'mengatakan');
    expect(answer?.answers).toBe(answered);
    expect(answer?.stance).toBe('DENIES');
    expect(answer?.confident).toBe(true);
  });

  it('links "membantah klaim tersebut" and "menepis tudingan itu" through the cue verb', () => {
    const text =
      'Gubernur Rendra Halim menyatakan, jembatan Sungai Lora akan dibuka pada Mei. ' +
      'Warga menuduh kontraktor mencuri semen. Kontraktor PT Bina Lora menepis tudingan itu.';
    const { answer, answered } = link(text, 'menepis', 'menuduh');
    expect(answer?.answers).toBe(answered);
  });

  it('links "the ministry denied the report" (English)', () => {
    const text =
      'The Velmoran health ministry said on Monday that a chemical plant in Arvento had leaked chlorine into the river. ' +
      'The Arvento ministry of industry denied the report.';
    const { answer, answered } = link(text, 'denied', 'said');
    expect(answer?.answers).toBe(answered);
    expect(answer?.stance).toBe('DENIES');
  });

  it('links a confirmation, "confirmed the reports", with stance ASSERTS', () => {
    const text =
      'Local media reported that the Arvento mayor had resigned after the flood. The city council confirmed the reports on Tuesday.';
    const { answer, answered } = link(text, 'confirmed', 'reported');
    expect(answer?.answers).toBe(answered);
    expect(answer?.stance).toBe('ASSERTS');
  });

  it('answers the most recent compatible attribution, skipping one from the same source', () => {
    const text =
      'Velmora menuduh Kestria menembak jatuh pesawat kargo di atas Arvento. ' +
      'Kestria mengatakan, pesawat itu melanggar wilayah udara Kestria.\n' +
      'Kestria membantah tuduhan tersebut.';
    const claims = extractClaims(text);
    const answer = claims[byCue(text, claims, 'membantah')];
    expect(answer?.answers).toBe(byCue(text, claims, 'menuduh'));
  });

  it('does not link a denial that states its own content ("denied that ...")', () => {
    const text =
      'The union said the Arvento plant would close in June. The company denied that the plant would close, calling the plan a rumour.';
    const claims = extractClaims(text);
    expect(claims.every((c) => c.answers === undefined)).toBe(true);
  });

  it('leaves a reference with nothing to answer unlinked, and not confident', () => {
    const text = 'Pemerintah Kota Arvento membantah laporan itu pada Selasa.';
    const [claim] = extractClaims(text);
    expect(claim?.answers).toBeUndefined();
    expect(claim?.confident).toBe(false);
    expect(claim?.doubts).toContain('unanswered-reference');
  });

  it('never points forward or at itself', () => {
    const text =
      'Kestria menolak tuduhan itu. Kementerian Pertahanan Velmora mengatakan, dua drone Kestria telah menyerang pelabuhan Arvento.';
    const claims = extractClaims(text);
    claims.forEach((c, i) => {
      if (c.answers !== undefined) expect(c.answers).toBeLessThan(i);
    });
    expect(claims[byCue(text, claims, 'menolak')]?.answers).toBeUndefined();
  });
});
