'use server';
// Importing and correcting articles. The preview parses without saving; saving stores the cleaned
// body, the corrected metadata and the raw input exactly as it came in. A body correction
// re-anchors every claim in the same transaction, and flags the ones whose words are gone.
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { reanchorAll } from '@/lib/anchoring';
import { parseArticleInWorker } from '@/lib/articles/parse-in-worker';
import type { ArticleInputError } from '@/lib/articles/input-error';
import type { ParsedArticle } from '@/lib/articles/parse-article';
import { db } from '@/lib/db';
import type { Translator } from '@/lib/i18n/localise';
import { createArticleSchema, metadataToData, updateArticleSchema } from '@/lib/schemas/article';
import { previewArticleSchema } from '@/lib/schemas/article-preview';
import { flagOutOfDatePublicClaims } from './public-out-of-date';
import { formAction, recordFormAction } from './define-action';
import type { ActionResult } from './result';
import type { Tx } from './verification-core';

export interface ArticlePreview {
  article: ParsedArticle;
  /** The input exactly as it came, base64-encoded: form submission rewrites line ends of text fields. */
  rawInputBase64: string;
  inputKind: string;
}

const NO_ARTICLE = 'ArticleActions.noSuchArticle';

export const previewArticleAction = formAction(
  { permission: 'article:write', schema: previewArticleSchema, nameSingleProblem: true, omitValues: ['pasted'] },
  async ({ input, t }): Promise<ActionResult<ArticlePreview>> => {
    const raw = input.mode === 'file' ? new Uint8Array(await input.file.arrayBuffer()) : input.pasted;
    const inputKind = input.mode === 'file' ? input.file.name.slice(0, 255) : input.mode;
    const html = input.mode === 'file' ? /\.html?$/i.test(input.file.name) : input.mode === 'html';
    // In a worker with a time limit: a hostile page must not hold the server's request thread.
    const result = await parseArticleInWorker(raw, html ? { kind: 'html' } : {});
    // The parser's refusals are typed by code: said here in the editor's language.
    if (!result.ok) return { ok: false, message: importErrorText(t, result.error) };
    const rawInputBase64 = Buffer.from(raw).toString('base64');
    return { ok: true, data: { article: result.article, rawInputBase64, inputKind } };
  },
);

export const createArticleAction = formAction(
  { permission: 'article:write', schema: createArticleSchema, omitValues: ['rawInputBase64'] },
  async ({ user, input }) => {
    const { body, rawInputBase64: rawInput, inputKind, ...metadata } = input;
    const article = await db.article.create({
      data: { ...metadataToData(metadata), body, rawInput, inputKind, createdById: user.id },
      select: { id: true },
    });
    revalidatePath('/desk/articles');
    redirect(`/desk/articles/${article.id}`);
  },
);

export const updateArticleAction = recordFormAction(
  {
    permission: 'article:write',
    schema: updateArticleSchema,
    missing: NO_ARTICLE,
    load: (id) => db.article.findUnique({ where: { id }, select: { id: true } }),
  },
  async ({ user, input: { body, ...metadata }, row: { id: articleId }, values, t }) => {
    const outcome = await db.$transaction(async (tx) => {
      // Lock the article row: two corrections at once must not re-anchor against a stale body.
      const locked = await tx.$queryRaw<{ body: string }[]>`SELECT body FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
      const oldBody = locked[0]?.body;
      if (oldBody === undefined) return null;
      await tx.article.update({ where: { id: articleId }, data: { ...metadataToData(metadata), body } });
      const counts = oldBody === body ? { moved: 0, lost: 0 } : await reanchorClaims(tx, articleId, oldBody, body, user.id);
      const change =
        oldBody === body
          ? { what: [{ key: 'articleDetails' as const }], why: 'articleDetailsWhy' as const }
          : { what: [{ key: 'articleText' as const }], why: 'articleTextWhy' as const };
      const flagged = await flagOutOfDatePublicClaims(tx, { articleId }, user.id, change);
      return { ...counts, flagged: flagged.length };
    });
    if (!outcome) return { ok: false, message: t(NO_ARTICLE), values };
    revalidatePath(`/desk/articles/${articleId}`);
    if (outcome.flagged) revalidatePath('/desk', 'layout');
    return { ok: true, message: `${t('ArticleActions.saved')}${savedNotes(t, outcome)}` };
  },
);

/** The parser's refusal in the editor's language, with its case and limit when it has them. */
function importErrorText(t: Translator, { code, detail }: ArticleInputError): string {
  if (code === 'too-complex' && detail) {
    if (detail.variant === 'depth') return t('ImportError.too-deep', { limit: detail.limit ?? 0 });
    if (detail.variant === 'nodes') return t('ImportError.too-many-tags', { limit: detail.limit ?? 0 });
    if (detail.variant === 'memory') return t('ImportError.out-of-memory');
  }
  if (code === 'no-readable-content' && detail?.variant === 'paste') return t('ImportError.no-article-in-paste');
  return t(`ImportError.${code}`);
}

function savedNotes(t: Translator, { moved, lost, flagged }: { moved: number; lost: number; flagged: number }): string {
  const notes = [
    moved ? t('ArticleActions.moved', { count: moved }) : null,
    lost ? t('ArticleActions.lost', { count: lost }) : null,
    flagged ? t('ArticleActions.flagged', { count: flagged }) : null,
  ].filter(Boolean);
  return notes.length ? ` ${notes.join('; ')}.` : '';
}

/** Moves every attribution in the article to its words in the corrected body, or flags it as lost. */
async function reanchorClaims(tx: Tx, articleId: string, oldBody: string, body: string, actorId: string) {
  const claims = await tx.attribution.findMany({
    where: { articleId, claim: { deletedAt: null } },
    select: {
      id: true,
      claimId: true,
      quoteStart: true,
      quoteEnd: true,
      quoteText: true,
      quotePrefix: true,
      quoteSuffix: true,
      needsAttention: true,
    },
  });
  const results = reanchorAll(
    oldBody,
    body,
    claims.map((c) => ({ start: c.quoteStart, end: c.quoteEnd, exact: c.quoteText, prefix: c.quotePrefix, suffix: c.quoteSuffix })),
  );
  let moved = 0;
  let lost = 0;
  for (const [index, claim] of claims.entries()) {
    const result = results[index];
    if (!result) continue;
    const before = { attributionId: claim.id, start: claim.quoteStart, end: claim.quoteEnd, quote: claim.quoteText };
    // The claim's version moves too: a form loaded before the correction must not write old offsets back.
    const bumpClaim = () => tx.claim.update({ where: { id: claim.claimId }, data: { version: { increment: 1 } } });
    if (result.status === 'lost') {
      lost++;
      if (claim.needsAttention) continue;
      await tx.attribution.update({ where: { id: claim.id }, data: { needsAttention: true } });
      await bumpClaim();
      await tx.claimEvent.create({
        data: { claimId: claim.claimId, actorId, kind: 'NEEDS_ATTENTION', before, after: { reason: result.reason } },
      });
      continue;
    }
    const { anchor } = result;
    await bumpClaim();
    await tx.attribution.update({
      where: { id: claim.id },
      data: {
        quoteStart: anchor.start,
        quoteEnd: anchor.end,
        quoteText: anchor.exact,
        quotePrefix: anchor.prefix,
        quoteSuffix: anchor.suffix,
        needsAttention: false,
      },
    });
    if (result.status === 'moved') {
      moved++;
      await tx.claimEvent.create({
        data: {
          claimId: claim.claimId,
          actorId,
          kind: 'REANCHORED',
          before,
          after: { start: anchor.start, end: anchor.end, quote: anchor.exact },
        },
      });
    }
  }
  return { moved, lost };
}
