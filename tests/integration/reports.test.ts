// The reports' figures from the audit log, and who may read them: ADMIN and EDITOR; a viewer or a
// visitor gets a 403/401, bad filters a 400 with a message.
import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/reports/route';
import { getDeskReport } from '@/lib/data/reports';
import { parseReportFilters } from '@/lib/reports/filters';
import { readDeskReport, type RunQuery } from '@/lib/reports/queries';
import { createTeam, createTestClaim, testDb, unique } from '../support/factories';
import { actAs, actAsNobody } from '../support/session-double';

let team: Awaited<ReturnType<typeof createTeam>>;
const run: RunQuery = (sql, params) => testDb.$queryRawUnsafe(sql, ...params);
// A range far in the past that no other test file writes events into.
const filters = (editor?: string) => {
  const parsed = parseReportFilters({ from: '2001-03-01', to: '2001-03-31', ...(editor ? { editor } : {}) }, new Date());
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.filters;
};
const at = (day: number, hour = 0) => new Date(Date.UTC(2001, 2, day, hour));

beforeAll(async () => {
  team = await createTeam();
  const article = await testDb.article.create({
    data: { title: unique('r'), body: 'Menteri said so.', rawInput: 'raw', createdById: team.editor.id },
  });
  const source = await testDb.source.create({ data: { name: unique('Ministry'), normalizedName: unique('ministry'), kind: 'GOVERNMENT' } });
  for (const [i, hours] of [24, 48, 96].entries()) {
    const claim = await createTestClaim(
      { summary: unique('c'), createdById: team.editor.id, status: 'FALSE', publication: 'PUBLISHED' },
      { articleId: article.id, quoteStart: 0, quoteEnd: 7, quoteText: 'Menteri', sourceId: source.id },
    );
    const created = at(5 + i);
    const verdict = new Date(created.getTime() + hours * 3600_000);
    const events = [
      { kind: 'CREATED', at: created, actorId: team.editor.id },
      { kind: 'STATUS_CHANGED', at: verdict, actorId: team.editor.id, after: { status: 'FALSE' } },
      { kind: 'SUBMITTED', at: new Date(verdict.getTime() + 3600_000), actorId: team.editor.id },
      { kind: 'APPROVED', at: new Date(verdict.getTime() + 3 * 3600_000), actorId: team.editor2.id },
    ] as const;
    for (const e of events) await testDb.claimEvent.create({ data: { claimId: claim.id, ...e } });
  }
});

describe('desk report', () => {
  it('counts per week and measures times from the audit log', async () => {
    const report = await readDeskReport(run, filters());
    const total = (key: 'imported' | 'checked' | 'published') => report.weeks.reduce((s, w) => s + w[key], 0);
    expect([total('imported'), total('checked'), total('published')]).toEqual([3, 3, 3]);
    expect(report.weeks[0]?.week).toBe('2001-02-26');
    expect(report.createdToVerdict).toEqual({ count: 3, median: 48 * 3600, p90: expect.closeTo(86.4 * 3600, 0) as number });
    expect(report.submittedToPublished).toMatchObject({ count: 3, median: 2 * 3600 });
    expect(report.verdictsBySourceKind).toEqual([{ kind: 'GOVERNMENT', status: 'FALSE', count: 3 }]);
  });

  it('filters by editor: the verdicts they set, the submissions they made', async () => {
    const report = await readDeskReport(run, filters(team.editor2.id));
    expect(report.createdToVerdict.count).toBe(0);
    expect(report.submittedToPublished.count).toBe(0);
    expect(report.weeks.reduce((s, w) => s + w.published, 0)).toBe(3);
  });
});

describe('report permissions', () => {
  it('let admins and editors read, refuse viewers and visitors', async () => {
    for (const user of [team.admin, team.editor]) {
      actAs(user);
      await expect(getDeskReport(filters())).resolves.toBeTruthy();
      const response = await GET(new Request('http://localhost/api/reports?from=2001-03-01&to=2001-03-31'));
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('verdicts_by_source_kind,GOVERNMENT,FALSE,3');
    }
    actAs(team.viewer);
    await expect(getDeskReport(filters())).rejects.toThrow();
    const forbidden = await GET(new Request('http://localhost/api/reports', { headers: { 'accept-language': 'en' } }));
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toBe('Your role does not allow this.\n');
    actAsNobody();
    await expect(getDeskReport(filters())).rejects.toThrow();
    const signedOut = await GET(new Request('http://localhost/api/reports', { headers: { 'accept-language': 'id' } }));
    expect(signedOut.status).toBe(401);
    expect(await signedOut.text()).not.toContain('Actions.');
  });

  it('answer a reversed range with a 400 and a message', async () => {
    actAs(team.editor);
    const response = await GET(new Request('http://localhost/api/reports?from=2026-11-01&to=2026-10-01'));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('The start date is after the end date');
  });
});
