import { describe, expect, it } from 'vitest';
import { pagesFor, shownClaimCount, toCompactHighlight, WORKSPACE_CLAIMS_PAGE } from './workspace-paging';

describe('shownClaimCount', () => {
  it('shows one page when the parameter is missing or not a count', () => {
    for (const raw of [undefined, '', 'abc', '-5', '1e3', '0', ['x']]) expect(shownClaimCount(raw)).toBe(WORKSPACE_CLAIMS_PAGE);
  });
  it('rounds a count up to whole pages', () => {
    expect(shownClaimCount(String(WORKSPACE_CLAIMS_PAGE + 1))).toBe(2 * WORKSPACE_CLAIMS_PAGE);
    expect(shownClaimCount([String(WORKSPACE_CLAIMS_PAGE * 3), '1'])).toBe(3 * WORKSPACE_CLAIMS_PAGE);
  });
  it('caps an absurd count', () => {
    expect(shownClaimCount('999999')).toBeLessThanOrEqual(5000 + WORKSPACE_CLAIMS_PAGE);
  });
});

describe('pagesFor', () => {
  it('is the smallest whole number of pages holding the count', () => {
    expect(pagesFor(0)).toBe(WORKSPACE_CLAIMS_PAGE);
    expect(pagesFor(WORKSPACE_CLAIMS_PAGE)).toBe(WORKSPACE_CLAIMS_PAGE);
    expect(pagesFor(WORKSPACE_CLAIMS_PAGE + 1)).toBe(2 * WORKSPACE_CLAIMS_PAGE);
  });
});

it('a compact highlight keeps what the text needs, in a fixed order', () => {
  expect(toCompactHighlight({ id: 'c1', quoteStart: 3, quoteEnd: 9, status: 'FALSE', needsAttention: true })).toEqual([
    'c1',
    3,
    9,
    'FALSE',
    1,
  ]);
});
