import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { NUL_MESSAGE, pathsWithNul, refuseNul, stripNul } from './nul';

describe('the NUL rule', () => {
  it('finds NUL in nested strings and arrays', () => {
    expect(pathsWithNul({ a: 'ok', b: 'x\u0000', c: ['y', 'z\u0000'], d: 3 })).toEqual([['b'], ['c', 1]]);
  });

  it('refuses with the message on the field, and survives .extend()', () => {
    const schema = refuseNul(z.object({ name: z.string() }));
    const result = schema.extend({ note: z.string() }).safeParse({ name: 'a\u0000b', note: 'fine' });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['name'], message: NUL_MESSAGE })]);
  });

  it('strips only the NUL', () => {
    expect(stripNul('a\u0000b\u0001')).toBe('ab\u0001');
  });
});
