// What readers see while a published verdict is being corrected: the last approved version, never
// the unreviewed change, and the corrected verdict with its dated note once a second editor approves.
import { beforeAll, expect, it } from 'vitest';
import { approveClaimAction, sendBackAction, submitForReviewAction, unpublishAction } from '@/lib/actions/review';
import { saveVerificationAction } from '@/lib/actions/verification';
import { searchPublishedClaims } from '@/lib/data/public-index';
import { getPublishedClaim } from '@/lib/data/published-claims';
import { createTeam, createTestClaim, formData, testDb, unique } from '../support/factories';
import { actAs } from '../support/session-double';
import { withRecordId } from '@/lib/actions/record-field';

let team: Awaited<ReturnType<typeof createTeam>>;
let claimId: string;
let marker: string;

const v = (version: number, fields: Record<string, string> = {}) => formData({ version: String(version), ...fields });
const EXPLANATION = 'Hospital records show twelve patients, not forty. See https://example.org/rs for the list.';

beforeAll(async () => {
  team = await createTeam();
  marker = unique('kerbau').replace('-', '');
  const article = await testDb.article.create({
    data: { title: `Keracunan ${marker}`, body: 'Dinas Kesehatan: 40 warga dirawat.', rawInput: 'raw', createdById: team.editor.id },
  });
  const claim = await createTestClaim(
    {
      summary: `${marker}: 40 warga dirawat`,
      status: 'FALSE',
      explanation: EXPLANATION,
      verdictById: team.editor.id,
      createdById: team.editor.id,
    },
    { articleId: article.id, quoteStart: 17, quoteEnd: 34, quoteText: '40 warga dirawat.' },
  );
  await testDb.evidence.create({
    data: { claimId: claim.id, url: 'https://example.org/rs', title: 'Hospital list', relation: 'REFUTES', addedById: team.editor.id },
  });
  claimId = claim.id;
});

const version = async () => (await testDb.claim.findUniqueOrThrow({ where: { id: claimId } })).version;
const listed = async () =>
  (await searchPublishedClaims({ q: marker, verdict: null, sourceId: null, sourceName: '', from: null, to: null, page: 1 })).items.map(
    (i) => i.status,
  );

it('keeps the last approved verdict public while its correction is reviewed', async () => {
  actAs(team.editor);
  expect(await submitForReviewAction(null, withRecordId(claimId, v(await version())))).toMatchObject({ ok: true });
  expect(await getPublishedClaim(claimId)).toBeNull();
  actAs(team.editor2);
  expect(await approveClaimAction(null, withRecordId(claimId, v(await version())))).toMatchObject({ ok: true });
  expect(await getPublishedClaim(claimId)).toMatchObject({ status: 'FALSE', corrections: [] });

  // A correction: the working row changes and waits for review; readers still see FALSE.
  actAs(team.editor);
  const why = 'The hospital published a corrected list.';
  expect(
    await saveVerificationAction(
      null,
      withRecordId(claimId, v(await version(), { status: 'MISLEADING', explanation: EXPLANATION, correction: why })),
    ),
  ).toMatchObject({ ok: true });
  expect((await testDb.claim.findUniqueOrThrow({ where: { id: claimId } })).publication).toBe('IN_REVIEW');
  expect(await getPublishedClaim(claimId)).toMatchObject({ status: 'FALSE', corrections: [] });
  expect(await listed()).toEqual(['FALSE']);

  // Approved by a second editor: the corrected verdict and its dated note are public.
  actAs(team.editor2);
  expect(await approveClaimAction(null, withRecordId(claimId, v(await version())))).toMatchObject({ ok: true });
  const corrected = await getPublishedClaim(claimId);
  expect(corrected).toMatchObject({ status: 'MISLEADING', corrections: [{ why }] });
  expect(corrected?.corrections[0]?.at).toBeInstanceOf(Date);
  expect(await listed()).toEqual(['MISLEADING']);
});

it('withdraws the verdict when a correction is sent back or the claim is unpublished', async () => {
  actAs(team.editor);
  expect(
    await saveVerificationAction(
      null,
      withRecordId(
        claimId,
        v(await version(), { status: 'UNPROVEN', explanation: EXPLANATION, correction: 'New figures are being checked.' }),
      ),
    ),
  ).toMatchObject({ ok: true });
  expect(await getPublishedClaim(claimId)).toMatchObject({ status: 'MISLEADING' });
  actAs(team.editor2);
  expect(await sendBackAction(null, withRecordId(claimId, v(await version(), { comment: 'Wait for the ministry.' })))).toMatchObject({
    ok: true,
  });
  expect(await getPublishedClaim(claimId)).toBeNull();
  expect(await listed()).toEqual([]);

  actAs(team.editor);
  expect(await submitForReviewAction(null, withRecordId(claimId, v(await version())))).toMatchObject({ ok: true });
  actAs(team.editor2);
  expect(await approveClaimAction(null, withRecordId(claimId, v(await version())))).toMatchObject({ ok: true });
  expect(await getPublishedClaim(claimId)).toMatchObject({ status: 'UNPROVEN' });
  expect(
    await unpublishAction(null, withRecordId(claimId, v(await version(), { reason: 'Withdrawn pending a new check.' }))),
  ).toMatchObject({
    ok: true,
  });
  expect(await getPublishedClaim(claimId)).toBeNull();
  expect((await testDb.claim.findUniqueOrThrow({ where: { id: claimId } })).publicSnapshot).toBeNull();
});
