// The watch's old checks are pruned (lib/evidence-archive/prune-job.ts): a check that found nothing
// and that nothing points at goes after WATCH_KEEP_DAYS; the reader's copy, the baseline, both
// sides of a source change (and so the change itself), recent checks and archive captures stay.
import { beforeAll, describe, expect, it } from 'vitest';
import { pruneWatchCaptures } from '@/lib/evidence-archive/prune-job';
import { createTeam, createTestClaim, testDb, unique } from '../support/factories';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-12-01T06:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
let evidenceId: string;

beforeAll(async () => {
  const team = await createTeam();
  const article = await testDb.article.create({
    data: { title: unique('Prune article'), body: 'Bupati said the dam was inspected.', rawInput: 'raw', createdById: team.editor.id },
  });
  const claim = await createTestClaim(
    { summary: unique('claim'), createdById: team.editor.id },
    { articleId: article.id, quoteStart: 0, quoteEnd: 6, quoteText: 'Bupati' },
  );
  const evidence = await testDb.evidence.create({
    data: { url: 'https://example.org/report', title: 'Report', relation: 'REFUTES', claimId: claim.id, addedById: team.editor.id },
  });
  evidenceId = evidence.id;
});

const capture = (label: string, purpose: 'WATCH' | 'ARCHIVE', capturedAt: Date) =>
  testDb.evidenceCapture.create({
    data: { evidenceId, purpose, url: 'https://example.org/report', httpStatus: 200, sha256: label, text: label, capturedAt },
    select: { id: true },
  });

describe('pruning the watch’s old checks', () => {
  it('deletes old unreferenced checks only, keeping what readers, the watch and the source changes use', async () => {
    const oldCheck = await capture('old check', 'WATCH', daysAgo(40));
    const recentCheck = await capture('recent check', 'WATCH', daysAgo(5));
    const baseline = await capture('baseline', 'WATCH', daysAgo(90));
    const copy = await capture('reader copy', 'ARCHIVE', daysAgo(90));
    const oldArchive = await capture('older archive', 'ARCHIVE', daysAgo(120));
    const before = await capture('before the change', 'WATCH', daysAgo(60));
    const after = await capture('after the change', 'WATCH', daysAgo(50));
    await testDb.evidence.update({ where: { id: evidenceId }, data: { watchBaselineId: baseline.id, archiveCaptureId: copy.id } });
    const change = await testDb.sourceChange.create({
      data: { evidenceId, kind: 'TEXT_CHANGED', beforeId: before.id, afterId: after.id, changedShare: 0.4, state: 'NO_EFFECT' },
    });

    expect(await pruneWatchCaptures(testDb, 30, NOW)).toBeGreaterThanOrEqual(1);

    const left = await testDb.evidenceCapture.findMany({ where: { evidenceId }, select: { id: true } });
    expect(left.map((c) => c.id).sort()).toEqual([recentCheck.id, baseline.id, copy.id, oldArchive.id, before.id, after.id].sort());
    expect(left.map((c) => c.id)).not.toContain(oldCheck.id);
    expect(await testDb.sourceChange.findUnique({ where: { id: change.id } })).not.toBeNull();
  });
});
