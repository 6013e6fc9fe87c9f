// The archive and the watch against a local stand-in site (tests/support/stand-in-site.ts):
// what a capture keeps, every way a fetch can fail, change detection, and pg-boss handing each
// job to exactly one of two workers.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveEvidence } from '@/lib/evidence-archive/archive-job';
import { textDiff } from '@/lib/evidence-archive/text-change';
import { watchEvidence } from '@/lib/evidence-archive/watch-job';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { startJobWorker, type JobWorker } from '@/lib/jobs/worker';
import { createTeam, createTestClaim, testDb, unique } from '../support/factories';
import { REPORT_PARAGRAPHS, startStandInSite, type StandInSite, STAND_IN_LIMITS } from '../support/stand-in-site';

// The workers read their limits from the environment (read once): let them reach the stand-in site.
process.env.ARCHIVE_TEST_ALLOW_LOOPBACK = '1';

let site: StandInSite;
let claimId: string;
let editorId: string;

const context = { db: testDb };

beforeAll(async () => {
  site = await startStandInSite();
  const team = await createTeam();
  editorId = team.editor.id;
  const article = await testDb.article.create({
    data: { title: unique('Archive article'), body: 'Bupati said the dam was inspected.', rawInput: 'raw', createdById: editorId },
  });
  const claim = await createTestClaim(
    { summary: unique('claim'), createdById: editorId },
    { articleId: article.id, quoteStart: 0, quoteEnd: 6, quoteText: 'Bupati' },
  );
  claimId = claim.id;
});

afterAll(() => site.close());

async function evidenceFor(path: string) {
  const url = path.startsWith('http') ? path : `${site.origin}${path}`;
  return testDb.evidence.create({
    data: { url, title: 'Report', relation: 'REFUTES', claimId, addedById: editorId, archiveState: 'QUEUED' },
  });
}

async function archived(path: string, limits = STAND_IN_LIMITS) {
  const evidence = await evidenceFor(path);
  await archiveEvidence({ evidenceId: evidence.id, url: evidence.url }, context, limits);
  return testDb.evidence.findUniqueOrThrow({ where: { id: evidence.id }, include: { archiveCapture: true, captures: true } });
}

describe('archiving a cited page', () => {
  it('keeps status, final URL, hash, body, readable text and title', async () => {
    const evidence = await archived('/report');
    expect(evidence.archiveState).toBe('ARCHIVED');
    const capture = evidence.archiveCapture!;
    expect(capture.httpStatus).toBe(200);
    expect(capture.finalUrl).toBe(`${site.origin}/report`);
    expect(capture.contentType).toContain('text/html');
    expect(capture.sha256).toBe(createHash('sha256').update(capture.body!).digest('hex'));
    expect(Buffer.from(capture.body!).toString()).toContain('<article>');
    expect(capture.title).toBe('Dam inspection report');
    expect(capture.text).toContain('inspected the Sukamaju dam in March');
    expect(capture.text).not.toContain('document.cookie');
    expect(evidence.watchBaselineId).toBe(capture.id);
  });

  it('follows redirects and records where they ended', async () => {
    const evidence = await archived('/moved');
    expect(evidence.archiveState).toBe('ARCHIVED');
    expect(evidence.archiveCapture!.finalUrl).toBe(`${site.origin}/report`);
  });

  it('records a 404 as failed with the status, keeping the evidence', async () => {
    const evidence = await archived('/missing');
    expect(evidence.archiveState).toBe('FAILED');
    expect(evidence.archiveError).toBe('http-status:404');
    expect(evidence.captures[0]!.httpStatus).toBe(404);
    expect(evidence.archiveCaptureId).toBeNull();
  });

  it('gives up on a page that never finishes, with the reason', async () => {
    const evidence = await archived('/slow');
    expect(evidence.archiveState).toBe('FAILED');
    expect(evidence.archiveError).toBe('timeout:1.5');
  });

  it('stops after five redirects', async () => {
    const evidence = await archived('/loop');
    expect(evidence.archiveState).toBe('FAILED');
    expect(evidence.archiveError).toBe('too-many-redirects:5');
  });

  it('refuses a page over the size limit and stores nothing of it', async () => {
    const evidence = await archived('/huge');
    expect(evidence.archiveState).toBe('TOO_LARGE');
    expect(evidence.archiveError).toBe(`too-large:${10 * 1024 * 1024}`);
    expect(evidence.captures[0]!.body).toBeNull();
  });

  it.each([
    ['a private address', 'http://10.0.0.1/secret', 'blocked-address:10.0.0.1'],
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data/', 'blocked-address:169.254.169.254'],
    ['a host name resolving to loopback', 'http://localhost:80/admin', 'blocked-address:localhost'],
  ])('refuses %s', async (_label, url, reason) => {
    const evidence = await archived(url, { ...STAND_IN_LIMITS, allowLoopback: false });
    expect(evidence.archiveState).toBe('FAILED');
    expect(evidence.archiveError).toBe(reason);
  });

  it('refuses a redirect to a private address, checked on the hop', async () => {
    const evidence = await archived('/to-private');
    expect(evidence.archiveError).toBe('blocked-address:10.0.0.1');
  });

  it('refuses a port other than 80 and 443 unless configured', async () => {
    const evidence = await archived(`${site.origin.replace('127.0.0.1', 'example.org')}/report`, {
      ...STAND_IN_LIMITS,
      allowLoopback: false,
    });
    expect(evidence.archiveError).toMatch(/^blocked-port:\d+$/);
  });

  it('keeps a PDF as it came', async () => {
    const evidence = await archived('/paper.pdf');
    expect(evidence.archiveState).toBe('ARCHIVED');
    expect(evidence.archiveCapture!.contentType).toBe('application/pdf');
    expect(evidence.archiveCapture!.text).toBeNull();
  });

  it('drops a capture for a URL the evidence no longer has', async () => {
    const evidence = await evidenceFor('/report');
    await testDb.evidence.update({ where: { id: evidence.id }, data: { url: `${site.origin}/page/new` } });
    await archiveEvidence({ evidenceId: evidence.id, url: evidence.url }, context, STAND_IN_LIMITS);
    expect(await testDb.evidenceCapture.count({ where: { evidenceId: evidence.id } })).toBe(0);
  });
});

describe('watching a published source', () => {
  it('flags changed text once, with a word diff, and a page that is gone', async () => {
    site.changing.paragraphs = [...REPORT_PARAGRAPHS];
    site.changing.status = 200;
    const evidence = await archived('/changing');
    // Only whitespace changes: not flagged.
    site.changing.paragraphs = REPORT_PARAGRAPHS.map((p) => `  ${p.replace(/ /g, '   ')} `);
    await watchEvidence({ evidenceId: evidence.id }, context, STAND_IN_LIMITS, 0.02);
    expect(await testDb.sourceChange.count({ where: { evidenceId: evidence.id } })).toBe(0);

    site.changing.paragraphs = [
      REPORT_PARAGRAPHS[0]!,
      'Its report now lists the spillway gates as broken and the embankment as cracked.',
      REPORT_PARAGRAPHS[2]!,
    ];
    await watchEvidence({ evidenceId: evidence.id }, context, STAND_IN_LIMITS, 0.02);
    const change = await testDb.sourceChange.findFirstOrThrow({
      where: { evidenceId: evidence.id },
      include: { before: true, after: true },
    });
    expect(change).toMatchObject({ kind: 'TEXT_CHANGED', state: 'OPEN' });
    expect(change.changedShare).toBeGreaterThan(0.02);
    const diff = textDiff(change.before.text!, change.after.text!)!;
    expect(diff.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(expect.arrayContaining(['now', 'broken']));
    expect(diff.filter((part) => part.kind === 'removed').map((part) => part.text.trim())).toEqual(expect.arrayContaining(['working']));

    site.changing.status = 410;
    await watchEvidence({ evidenceId: evidence.id }, context, STAND_IN_LIMITS, 0.02);
    const changes = await testDb.sourceChange.findMany({ where: { evidenceId: evidence.id } });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'GONE', state: 'OPEN' });
  });
});

describe('the job queue', () => {
  let workers: JobWorker[] = [];
  afterAll(() => Promise.all(workers.map((worker) => worker.stop())));

  it('hands each job to exactly one of two workers', async () => {
    const connectionString = process.env.DATABASE_URL!;
    workers = await Promise.all(
      [0, 1].map(() => startJobWorker({ connectionString, log: () => {}, pollingIntervalSeconds: 0.5, schedules: false })),
    );
    const paths = Array.from({ length: 8 }, (_, i) => `/plain/${unique('p')}-${i}`);
    const evidence = await Promise.all(paths.map((path) => evidenceFor(path)));
    // Enqueued inside a transaction, as the evidence actions do.
    await testDb.$transaction(async (tx) => {
      for (const row of evidence) await enqueueJob('evidence-archive', { evidenceId: row.id, url: row.url }, { tx });
    });
    await expect
      .poll(() => testDb.evidence.count({ where: { id: { in: evidence.map((row) => row.id) }, archiveState: 'ARCHIVED' } }), {
        timeout: 60_000,
        interval: 250,
      })
      .toBe(paths.length);
    for (const path of paths) expect(site.hits.get(path)).toBe(1);
    expect(await testDb.evidenceCapture.count({ where: { evidenceId: { in: evidence.map((row) => row.id) } } })).toBe(paths.length);
  }, 90_000);

  it('drops a job enqueued in a transaction that rolled back', async () => {
    const row = await evidenceFor(`/plain/${unique('rolled-back')}`);
    await testDb
      .$transaction(async (tx) => {
        await enqueueJob('evidence-archive', { evidenceId: row.id, url: row.url }, { tx });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(site.hits.get(new URL(row.url).pathname)).toBeUndefined();
  });
});
