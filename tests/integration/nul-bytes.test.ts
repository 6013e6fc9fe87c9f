// A NUL character (U+0000) in any text an action stores: PostgreSQL text cannot hold it, and it
// used to surface as error 22021, a bare 500. Typed fields are refused with a message on the field;
// imported article text has the NUL removed (lib/schemas/nul.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { createArticleAction, previewArticleAction, updateArticleAction } from '@/lib/actions/articles';
import { addEvidenceAction } from '@/lib/actions/evidence';
import type { ActionResult } from '@/lib/actions/result';
import { sendBackAction } from '@/lib/actions/review';
import { createClaimAction } from '@/lib/actions/claims';
import { renameSourceAction, updateSourceAliasesAction } from '@/lib/actions/sources';
import { acceptSuggestionsAction } from '@/lib/actions/suggestions';
import { createUserAction } from '@/lib/actions/users';
import { saveVerificationAction } from '@/lib/actions/verification';
import { MESSAGES } from '@/lib/i18n/messages';

// What the wrapper says for the schemas' NUL refusal (lib/schemas/nul.ts) to an English-speaking editor.
const NUL_MESSAGE = MESSAGES.en.Validation.nul;
import { createTeam, createTestClaim, formData, testDb, unique } from '../support/factories';
import { actAs } from '../support/session-double';
import { withRecordId } from '@/lib/actions/record-field';

const NUL = '\u0000';
const BODY = 'KOTAUJI - Wali Kota mengatakan jembatan itu aman.';

let team: Awaited<ReturnType<typeof createTeam>>;
let articleId: string;
let claimId: string;
let sourceId: string;

beforeAll(async () => {
  team = await createTeam();
  articleId = (
    await testDb.article.create({ data: { title: unique('NUL article'), body: BODY, rawInput: BODY, createdById: team.editor.id } })
  ).id;
  sourceId = (await testDb.source.create({ data: { name: unique('Wali Kota'), normalizedName: unique('wali kota'), kind: 'GOVERNMENT' } }))
    .id;
  claimId = (
    await createTestClaim(
      { summary: unique('claim'), createdById: team.editor.id, status: 'FALSE', publication: 'IN_REVIEW' },
      { articleId, quoteStart: 10, quoteEnd: 19, quoteText: 'Wali Kota' },
    )
  ).id;
});

/** Refused with the NUL message on the named field, not thrown. */
function expectRefused(result: ActionResult<unknown>, field: string) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors?.[field] ?? [result.message]).toContain(NUL_MESSAGE);
}

/** Catches the redirect a successful save ends with. */
async function settle(promise: Promise<unknown>): Promise<unknown> {
  try {
    return await promise;
  } catch (error) {
    if (String((error as { digest?: string }).digest ?? '').startsWith('NEXT_REDIRECT')) return 'redirected';
    throw error;
  }
}

describe('a NUL character in typed fields is refused with a message', () => {
  it('in a claim, a source, a verification, evidence, a review comment and a user', async () => {
    actAs(team.editor);
    const claim = {
      quoteStart: '10',
      quoteEnd: '19',
      quoteText: 'Wali Kota',
      sourceName: 'Wali Kota',
      sourceKind: 'GOVERNMENT',
      cue: 'mengatakan',
      stance: 'ASSERTS',
      summary: `Jembatan aman${NUL}`,
      status: 'UNSTARTED',
    };
    expectRefused(await createClaimAction(null, withRecordId(articleId, formData(claim))), 'summary');
    expectRefused(
      await createClaimAction(null, withRecordId(articleId, formData({ ...claim, summary: 'Jembatan aman', cue: `kata${NUL}` }))),
      'cue',
    );
    expectRefused(await renameSourceAction(null, withRecordId(sourceId, formData({ name: `Wali${NUL}Kota`, kind: 'GOVERNMENT' }))), 'name');
    expectRefused(await updateSourceAliasesAction(null, withRecordId(sourceId, formData({ aliases: `Walkot\nPak${NUL}Wali` }))), 'aliases');
    const { version } = await testDb.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
    expectRefused(
      await saveVerificationAction(
        null,
        withRecordId(claimId, formData({ version: String(version), status: 'FALSE', explanation: `Tidak benar.${NUL}` })),
      ),
      'explanation',
    );
    expectRefused(
      await addEvidenceAction(
        null,
        withRecordId(
          claimId,
          formData({ version: String(version), url: 'https://example.org/a', title: `Laporan${NUL}`, note: '', relation: 'REFUTES' }),
        ),
      ),
      'title',
    );
    actAs(team.editor2);
    expectRefused(
      await sendBackAction(null, withRecordId(claimId, formData({ version: String(version), comment: `Periksa lagi${NUL}` }))),
      'comment',
    );
    actAs(team.admin);
    expectRefused(
      await createUserAction(
        null,
        formData({ email: `${unique('nul')}@example.org`, name: `Nama${NUL}`, role: 'VIEWER', password: 'a-long-password-123' }),
      ),
      'name',
    );
  });

  it('in accepted suggestions and in article metadata', async () => {
    actAs(team.editor);
    const accepted = await acceptSuggestionsAction(articleId, [
      {
        quoteStart: 10,
        quoteEnd: 19,
        quoteText: 'Wali Kota',
        sourceName: `Wali${NUL}`,
        sourceKind: 'GOVERNMENT',
        cue: 'mengatakan',
        stance: 'ASSERTS',
      },
    ]);
    expect(accepted).toMatchObject({ ok: false, message: NUL_MESSAGE });
    const metadata = {
      title: `Judul${NUL}`,
      url: '',
      publisher: '',
      author: '',
      publishedAt: '',
      language: 'id',
      dateline: '',
      originalSource: '',
      body: BODY,
    };
    expectRefused(await updateArticleAction(null, withRecordId(articleId, formData(metadata))), 'title');
    const unchanged = await testDb.article.findUniqueOrThrow({ where: { id: articleId }, select: { title: true } });
    expect(unchanged.title).not.toContain(NUL);
  });
});

describe('a NUL character in article text', () => {
  it('makes the import preview refuse the input as binary, with a message', async () => {
    actAs(team.editor);
    const preview = await previewArticleAction(null, formData({ mode: 'text', pasted: `Judul\n\nKOTAUJI - Jembatan${NUL} ditutup.` }));
    expect(preview).toMatchObject({ ok: false, message: expect.stringMatching(/binary/) as unknown });
  });

  it('is removed from a body and raw input that reach the save anyway', async () => {
    actAs(team.editor);
    const raw = `KOTAUJI - Jembatan Merah${NUL} ditutup sejak Senin pagi.`;
    const title = unique('Judul NUL');
    const fields = {
      title,
      url: '',
      publisher: '',
      author: '',
      publishedAt: '',
      language: 'id',
      dateline: '',
      originalSource: '',
      body: raw,
      rawInputBase64: Buffer.from(raw).toString('base64'),
      inputKind: 'text',
    };
    expect(await settle(createArticleAction(null, formData(fields)))).toBe('redirected');
    const saved = await testDb.article.findFirstOrThrow({ where: { title }, select: { id: true, body: true, rawInput: true } });
    expect(saved.body).toBe('KOTAUJI - Jembatan Merah ditutup sejak Senin pagi.');
    expect(saved.rawInput).toBe(raw.replaceAll(NUL, ''));
    // A correction of the body pasted with a NUL in it.
    const correction = { ...fields, body: `${saved.body}${NUL} Diperbarui.` };
    expect(await settle(updateArticleAction(null, withRecordId(saved.id, formData(correction))))).not.toMatchObject({ ok: false });
    const corrected = await testDb.article.findUniqueOrThrow({ where: { id: saved.id }, select: { body: true } });
    expect(corrected.body).toBe('KOTAUJI - Jembatan Merah ditutup sejak Senin pagi. Diperbarui.');
  });
});
