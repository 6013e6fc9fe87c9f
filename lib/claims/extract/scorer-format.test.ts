import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';
import { toScorerClaims } from './scorer-format';

// Fictional fixture: invented people, places and events.
describe('the extract-claims output shape', () => {
  it('keeps the scorer fields and adds "answers" only to an attribution that answers', () => {
    const text =
      'Kementerian Pertahanan Velmora mengatakan, dua drone Kestria telah menyerang pelabuhan Arvento pada Senin.\n' +
      '"Kami tidak pernah mengirim drone," kata juru bicara Kestria, Dorin Vale. Kestria menolak tuduhan itu.';
    const out = toScorerClaims(extractClaims(text));
    expect(out.length).toBe(3);
    for (const c of out) for (const key of ['content', 'cue', 'source', 'sourceName', 'stance']) expect(c).toHaveProperty(key);
    expect(out.map((c) => c.answers)).toEqual([undefined, undefined, 0]);
    expect(JSON.stringify(out[2])).toMatch(/"stance":"DENIES".*"answers":0\}$/);
    expect('answers' in (out[0] ?? {})).toBe(false);
  });

  it('writes content that skips its cue as pieces', () => {
    const text = '“The fund is empty,” the treasurer said. “We will need a loan by June.”';
    const [claim] = toScorerClaims(extractClaims(text));
    expect(Array.isArray(claim?.content[0])).toBe(true);
  });
});
