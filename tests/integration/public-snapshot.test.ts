// Readers see only reviewed content: after publication, renaming the claim's source and correcting
// the article so that the quoted words are gone change nothing on any public view (verdict page,
// index and search, source page, feed) until a second editor approves; the claim is flagged
// "public page out of date" and sent to review, and a quote that is gone can never be approved.
import { beforeAll, expect, it, vi } from 'vitest';
import { updateArticleAction } from '@/lib/actions/articles';
import { approveClaimAction, submitForReviewAction } from '@/lib/actions/review';
import { renameSourceAction } from '@/lib/actions/sources';
import { exportPool, readExportClaims } from '@/lib/data/export-claims';
import { getSourceTrackRecord, searchPublishedClaims } from '@/lib/data/public-index';
import { getPublishedClaim } from '@/lib/data/published-claims';
import { UNREADABLE_SNAPSHOT } from '@/lib/data/snapshot-repair';
import { SNAPSHOT_VERSION } from '@/lib/claims/public-snapshot';
import { DEFAULT_FILTERS } from '@/lib/export/filters';
import { createTeam, createTestClaim, formData, testDb, unique } from '../support/factories';
import { actAs } from '../support/session-double';
import { describeNote } from '@/lib/i18n/correction-note';
import { withRecordId } from '@/lib/actions/record-field';

let team: Awaited<ReturnType<typeof createTeam>>;
let claimId: string;
let articleId: string;
let sourceId: string;
let marker: string;

const QUOTE = '40 warga dirawat di rumah sakit';
const BODY = `Banjir melanda desa.\n\nBupati Sukamaju mengatakan ${QUOTE} sejak Senin.\n\nWarga mengungsi.`;
const EXPLANATION = 'Hospital records show twelve patients, not forty. See https://example.org/rs for the list.';
const v = (version: number, fields: Record<string, string> = {}) => formData({ version: String(version), ...fields });
const version = async () => (await testDb.claim.findUniqueOrThrow({ where: { id: claimId } })).version;

beforeAll(async () => {
  team = await createTeam();
  marker = unique('kerbau').replace('-', '');
  const source = await testDb.source.create({ data: { name: `Bupati ${marker}`, normalizedName: `bupati ${marker}`, kind: 'GOVERNMENT' } });
  const article = await testDb.article.create({
    data: { title: `Banjir ${marker}`, publisher: 'Warta Uji', body: BODY, rawInput: BODY, createdById: team.editor.id },
  });
  const start = BODY.indexOf(QUOTE);
  const claim = await createTestClaim(
    {
      summary: `${marker}: 40 warga dirawat`,
      status: 'FALSE',
      explanation: EXPLANATION,
      verdictById: team.editor.id,
      createdById: team.editor.id,
    },
    { articleId: article.id, sourceId: source.id, quoteStart: start, quoteEnd: start + QUOTE.length, quoteText: QUOTE, cue: 'mengatakan' },
  );
  await testDb.evidence.create({
    data: { claimId: claim.id, url: 'https://example.org/rs', title: 'Hospital list', relation: 'REFUTES', addedById: team.editor.id },
  });
  [claimId, articleId, sourceId] = [claim.id, article.id, source.id];
  actAs(team.editor);
  expect(await submitForReviewAction(null, withRecordId(claimId, v(await version())))).toMatchObject({ ok: true });
  actAs(team.editor2);
  expect(await approveClaimAction(null, withRecordId(claimId, v(await version())))).toMatchObject({ ok: true });
});

/** Everything readers can get about the claim, from each public read. */
async function publicViews() {
  const feed = [];
  for await (const page of readExportClaims(exportPool(process.env.DATABASE_URL ?? ''), { ...DEFAULT_FILTERS, sourceId }))
    feed.push(...page);
  const record = await getSourceTrackRecord(sourceId);
  return {
    page: await getPublishedClaim(claimId),
    index: (await searchPublishedClaims({ q: marker, verdict: null, sourceId: null, sourceName: '', from: null, to: null, page: 1 })).items,
    bySource: (await searchPublishedClaims({ q: '', verdict: null, sourceId, sourceName: '', from: null, to: null, page: 1 })).items,
    record,
    feed,
  };
}

it('shows the approved snapshot: the quote in its paragraph, the source as approved', async () => {
  const { page, index, record, feed } = await publicViews();
  expect(page).toMatchObject({
    status: 'FALSE',
    attributions: [
      {
        stance: 'ASSERTS',
        quote: { text: QUOTE, before: 'Bupati Sukamaju mengatakan ', after: ' sejak Senin.' },
        source: { name: `Bupati ${marker}` },
      },
    ],
  });
  expect(page).not.toHaveProperty('attributions.0.article.body');
  expect(index.map((i) => i.sourceName)).toEqual([`Bupati ${marker}`]);
  expect(record?.source.name).toBe(`Bupati ${marker}`);
  // The feed's columns are the exports' (lib/export): it carries the approved quote and source.
  expect(feed).toHaveLength(1);
  expect(JSON.stringify(feed)).toContain(QUOTE);
  expect(JSON.stringify(feed)).toContain(`Bupati ${marker}`);
});

it('keeps every public view unchanged after a source rename and an article correction that loses the quote', async () => {
  const before = await publicViews();
  actAs(team.editor);
  expect(await renameSourceAction(null, withRecordId(sourceId, formData({ name: `Renamed ${marker}`, kind: 'PERSON' })))).toMatchObject({
    ok: true,
  });
  // The probe's correction: the quoted words are gone, other words now sit at the old offsets.
  const corrected = BODY.replace(`Bupati Sukamaju mengatakan ${QUOTE}`, 'Bupati Sukamaju mengatakan tidak ada korban jiwa dalam');
  const metadata = {
    title: `Banjir ${marker} (diperbarui)`,
    url: '',
    publisher: 'Warta Uji',
    author: '',
    publishedAt: '',
    language: 'id',
    dateline: '',
    originalSource: '',
  };
  expect(await updateArticleAction(null, withRecordId(articleId, formData({ ...metadata, body: corrected })))).toMatchObject({ ok: true });

  const after = await publicViews();
  expect(after).toEqual(before);
  expect(JSON.stringify(after)).not.toContain('tidak ada korban jiwa');
  expect(JSON.stringify(after)).not.toContain('Renamed');

  const row = await testDb.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { publication: true, publicOutOfDate: true, attributions: { select: { needsAttention: true } } },
  });
  expect(row.publication).toBe('IN_REVIEW');
  expect(describeNote('en', row.publicOutOfDate ?? '')).toMatch(/source name .*Renamed.*re-anchored/);
  expect(describeNote('id', row.publicOutOfDate ?? '')).toMatch(
    /^nama sumber .*Renamed.*; teks artikel dikoreksi; kata-kata yang dikutip tidak ada lagi/,
  );
  expect(row.attributions).toEqual([{ needsAttention: true }]);

  // A quote that needs attention can never be approved onto other words.
  actAs(team.editor2);
  const refused = await approveClaimAction(null, withRecordId(claimId, v(await version())));
  expect(refused.ok).toBe(false);
  expect(refused.message).toMatch(/quote needs attention/);
  expect(await publicViews()).toEqual(before);
});

it('logs an unreadable snapshot and, with no approved state to rebuild from, hides the claim until re-approved', async () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  await testDb.claim.update({ where: { id: claimId }, data: { publicSnapshot: { version: SNAPSHOT_VERSION, summary: 42 } } });
  expect(await getPublishedClaim(claimId)).toBeNull();
  expect(errors).toHaveBeenCalledWith(expect.stringContaining(`claim ${claimId}: unreadable snapshot`));
  const row = await testDb.claim.findUniqueOrThrow({ where: { id: claimId }, select: { publicSnapshot: true, publicOutOfDate: true } });
  expect(row).toEqual({ publicSnapshot: null, publicOutOfDate: UNREADABLE_SNAPSHOT });
  errors.mockRestore();
});

it('rebuilds an unreadable snapshot of a published, unchanged claim from its row', async () => {
  const article = await testDb.article.create({
    data: { title: `Kemarau ${marker}`, body: BODY, rawInput: BODY, createdById: team.editor.id },
  });
  const start = BODY.indexOf(QUOTE);
  const claim = await createTestClaim(
    {
      summary: `${marker} kemarau`,
      status: 'TRUE',
      explanation: EXPLANATION,
      publication: 'PUBLISHED',
      publishedAt: new Date(),
      publicSnapshot: { version: 1 },
      createdById: team.editor.id,
    },
    { articleId: article.id, quoteStart: start, quoteEnd: start + QUOTE.length, quoteText: QUOTE },
  );
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  expect(await getPublishedClaim(claim.id)).toMatchObject({ version: 3, status: 'TRUE', attributions: [{ quote: { text: QUOTE } }] });
  expect(errors).toHaveBeenCalledTimes(1);
  errors.mockRestore();
});
