import { describe, expect, it } from 'vitest';
import { leadAttribution, sourcesOf } from './public-attributions';

const ministry = { id: 's1', name: 'Ministry' };
const turkey = { id: 's2', name: 'Turkey' };

describe('the attributions a reader page names', () => {
  it('leads with the first source that made the claim, even after a denial', () => {
    const list = [
      { stance: 'DENIES' as const, source: turkey },
      { stance: 'ASSERTS' as const, source: null },
      { stance: 'ASSERTS' as const, source: ministry },
    ];
    expect(leadAttribution(list)).toBe(list[2]);
  });

  it('falls back to the first attribution when nobody named made the claim', () => {
    const list = [
      { stance: 'DENIES' as const, source: turkey },
      { stance: 'ASSERTS' as const, source: null },
    ];
    expect(leadAttribution(list)).toBe(list[0]);
    expect(leadAttribution([])).toBeUndefined();
  });

  it('lists each source once, in order of appearance', () => {
    const list = [
      { stance: 'ASSERTS' as const, source: ministry },
      { stance: 'DENIES' as const, source: turkey },
      { stance: 'ASSERTS' as const, source: null },
      { stance: 'ASSERTS' as const, source: ministry },
    ];
    expect(sourcesOf(list)).toEqual([ministry, turkey]);
  });
});
