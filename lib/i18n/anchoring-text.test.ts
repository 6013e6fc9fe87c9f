import { describe, expect, it } from 'vitest';
import { describeSpan, reanchor } from '@/lib/anchoring';
import { describeLostReason, spanProblemKey } from './anchoring-text';
import { describeEvent } from './event-text';
import { localise } from './localise';

const BODY = 'Menteri mengatakan harga beras turun. Menteri mengatakan harga beras turun.';

describe('anchoring problems in the editor’s language', () => {
  it('says why a selection cannot be a claim’s place, from its code', () => {
    const reversed = describeSpan(BODY, 10, 5);
    expect(reversed).toEqual({ ok: false, problem: 'reversed' });
    if (reversed.ok) return;
    expect(localise('en', spanProblemKey(reversed.problem))).toBe('The selection ends before it starts.');
    expect(localise('id', spanProblemKey(reversed.problem))).toBe('Pilihan berakhir sebelum dimulai.');
    expect(localise('id', spanProblemKey('splits-character'))).toBe('Pilihan memotong emoji atau karakter lain menjadi dua.');
  });

  it('stores a lost place’s reason as a code and says it in whoever reads the history', () => {
    const anchor = { start: 0, end: 7, exact: 'Menteri', prefix: '', suffix: ' mengatakan harga beras turun. Menteri mengatakan h' };
    const lost = reanchor('Harga beras naik.', anchor);
    expect(lost).toEqual({ status: 'lost', reason: 'not-found' });
    const event = { kind: 'NEEDS_ATTENTION' as const, before: {}, after: { reason: 'not-found' } };
    expect(describeEvent('en', event).details).toEqual(['Why: The quoted words are no longer in the article; select the claim again.']);
    expect(describeEvent('id', event).details).toEqual(['Alasan: Kata-kata yang dikutip tidak ada lagi di artikel; pilih klaimnya lagi.']);
  });

  it('shows the English sentence of an event stored before the codes as it was', () => {
    const old = 'The quoted words are no longer in the article; select the claim again.';
    expect(describeLostReason('id', old)).toBe(old);
    expect(describeLostReason('id', 'ambiguous')).toMatch(/^Kata-kata yang dikutip muncul lebih dari sekali/);
  });
});
