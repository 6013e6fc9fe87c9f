import { describe, expect, it } from 'vitest';
import { purgeCovers, purgePathsForClaim, type PurgePath } from './purge-plan';

const covered = (plan: PurgePath[], url: string) => plan.some((purge) => purgeCovers(purge, url));

describe('purgePathsForClaim', () => {
  const plan = purgePathsForClaim({ claimId: 'cl1abc', sourceIds: ['src1', 'src2', 'src1', null] });

  it("drops every address of the claim's verdict page in every language, whatever its slug", () => {
    for (const lang of ['id', 'en'])
      for (const url of [
        `/${lang}/claims/cl1abc`,
        `/${lang}/claims/cl1abc/old-summary`,
        `/${lang}/claims/cl1abc/new-summary`,
        `/${lang}/claims/cl1abc/x/card/opengraph-image`,
        `/${lang}/claims/cl1abc/x?_rsc=1`,
      ])
        expect(covered(plan, url), url).toBe(true);
  });

  it('drops the index in every language with any search, and both feeds with any filter', () => {
    for (const url of [
      '/id',
      '/en',
      '/id?q=banjir',
      '/en?q=a&page=2',
      '/claims.csv',
      '/claims.json?status=FALSE',
      '/feed.xml',
      '/sitemap.xml',
      '/id/corrections',
    ])
      expect(covered(plan, url), url).toBe(true);
  });

  it('drops every page of the record of each source before and after, once each', () => {
    for (const url of ['/id/sources/src1', '/en/sources/src1/2', '/id/sources/src2', '/en/sources/src2/3?x=1'])
      expect(covered(plan, url), url).toBe(true);
    expect(plan.filter((p) => p.path === '/id/sources/src1')).toHaveLength(1);
  });

  it('leaves other claims, sources and the desk alone', () => {
    for (const url of [
      '/id/claims/cl1abcd',
      '/en/claims/other/slug',
      '/id/sources/src10',
      '/en/sources/other',
      '/desk',
      '/desk/claims/cl1abc',
      '/login',
    ])
      expect(covered(plan, url), url).toBe(false);
  });

  it('refuses an id that could change the meaning of a ban expression', () => {
    expect(() => purgePathsForClaim({ claimId: 'a.*', sourceIds: [] })).toThrow(/Not a claim id/);
    expect(purgePathsForClaim({ claimId: 'ok', sourceIds: ['..', 's/../x'] }).some((p) => p.path.includes('/sources'))).toBe(false);
  });
});
