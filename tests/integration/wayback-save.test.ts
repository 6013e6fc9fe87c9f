// WAYBACK_SAVE: after archiving a cited page, the job also asks a web archive to save it and keeps
// the snapshot address it redirects to. A second local stand-in plays the Internet Archive's
// `/save/<url>` interface, so nothing leaves the machine. The archive's answer never decides the
// capture: an archive that fails or answers strangely leaves ClaimDesk's own copy and no link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveEvidence } from '@/lib/evidence-archive/archive-job';
import { createTeam, createTestClaim, testDb, unique } from '../support/factories';
import { startStandInSite, type StandInSite, STAND_IN_LIMITS } from '../support/stand-in-site';

const SNAPSHOT_TIME = '20261201093000';

let site: StandInSite;
let archive: StandInSite;
let claimId: string;
let editorId: string;

beforeAll(async () => {
  site = await startStandInSite();
  // /save/<url> redirects to /web/<time>/<url> like the Internet Archive; /refuse/save/... answers 503,
  // and /elsewhere/save/... redirects to a page that is not a snapshot.
  archive = await startStandInSite({
    handle(request, response, self) {
      const path = request.url ?? '/';
      if (path.startsWith('/save/')) {
        response.writeHead(302, { location: `${self.origin}/web/${SNAPSHOT_TIME}/${path.slice('/save/'.length)}` }).end();
      } else if (path.startsWith('/web/')) {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<title>snapshot</title>');
      } else if (path.startsWith('/refuse/save/')) {
        response.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
      } else if (path.startsWith('/elsewhere/save/')) {
        response.writeHead(302, { location: `${self.origin}/report` }).end();
      } else return false;
      return true;
    },
  });
  const team = await createTeam();
  editorId = team.editor.id;
  const article = await testDb.article.create({
    data: { title: unique('Wayback article'), body: 'Bupati said the dam was inspected.', rawInput: 'raw', createdById: editorId },
  });
  claimId = (
    await createTestClaim(
      { summary: unique('claim'), createdById: editorId },
      { articleId: article.id, quoteStart: 0, quoteEnd: 6, quoteText: 'Bupati' },
    )
  ).id;
});

afterAll(async () => {
  await site.close();
  await archive.close();
});

async function archivedWith(wayback: string | null) {
  const url = `${site.origin}/report`;
  const evidence = await testDb.evidence.create({
    data: { url, title: 'Report', relation: 'REFUTES', claimId, addedById: editorId, archiveState: 'QUEUED' },
  });
  await archiveEvidence({ evidenceId: evidence.id, url }, { db: testDb }, STAND_IN_LIMITS, wayback);
  return testDb.evidence.findUniqueOrThrow({ where: { id: evidence.id }, include: { archiveCapture: true } });
}

describe('asking a web archive to save a cited page', () => {
  it('keeps the snapshot address the archive redirects to, next to ClaimDesk’s own copy', async () => {
    const evidence = await archivedWith(archive.origin);
    expect(evidence.archiveState).toBe('ARCHIVED');
    expect(evidence.archiveCapture?.waybackUrl).toBe(`${archive.origin}/web/${SNAPSHOT_TIME}/${site.origin}/report`);
    expect(archive.hits.get(`/save/${site.origin}/report`)).toBeGreaterThan(0);
  });

  it('keeps the copy and no link when the archive refuses or answers with something that is not a snapshot', async () => {
    for (const origin of [`${archive.origin}/refuse`, `${archive.origin}/elsewhere`]) {
      const evidence = await archivedWith(origin);
      expect(evidence.archiveState).toBe('ARCHIVED');
      expect(evidence.archiveCapture?.body).not.toBeNull();
      expect(evidence.archiveCapture?.waybackUrl).toBeNull();
    }
  });

  it('asks no archive when WAYBACK_SAVE is off', async () => {
    const before = [...archive.hits.values()].reduce((a, b) => a + b, 0);
    const evidence = await archivedWith(null);
    expect(evidence.archiveState).toBe('ARCHIVED');
    expect(evidence.archiveCapture?.waybackUrl).toBeNull();
    expect([...archive.hits.values()].reduce((a, b) => a + b, 0)).toBe(before);
  });
});
