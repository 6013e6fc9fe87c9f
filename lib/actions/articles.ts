'use server';
// Importing and correcting articles. The preview parses without saving; saving stores the cleaned
// body, the corrected metadata and the raw input exactly as it came in. A body correction
// re-anchors every claim in the same transaction, and flags the ones whose words are gone.
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { reanchorAll } from '@/lib/anchoring';
import { parseArticleInWorker } from '@/lib/articles/parse-in-worker';
import type { ParsedArticle } from '@/lib/articles/parse-article';
import { authorize } from '@/lib/auth/current-user';
import { db } from '@/lib/db';
import { createArticleSchema, metadataToData, updateArticleSchema } from '@/lib/schemas/article';
import { flagOutOfDatePublicClaims } from './public-out-of-date';
import { invalid, submittedValues, type ActionResult } from './result';
import type { Tx } from './verification-core';

export interface ArticlePreview {
  article: ParsedArticle;
  /** The input exactly as it came, base64-encoded: form submission rewrites line ends of text fields. */
  rawInputBase64: string;
  inputKind: string;
}

const MAX_UPLOAD_BYTES = 1024 * 1024;

export async function previewArticleAction(_previous: ActionResult<ArticlePreview> | null, formData: FormData): Promise<ActionResult<ArticlePreview>> {
  const access = await authorize('article:write');
  if (!access.ok) return { ok: false, message: access.message };
  const mode = formData.get('mode');
  const file = formData.get('file');
  let raw: string | Uint8Array;
  let inputKind: string;
  let kind: 'text' | 'html' | undefined;
  if (mode === 'file') {
    if (!(file instanceof File) || file.size === 0) return { ok: false, message: 'Choose a .txt or .html file to upload.' };
    if (!/\.(txt|html?|text)$/i.test(file.name)) return { ok: false, message: 'Upload a .txt or .html file.' };
    if (file.size > MAX_UPLOAD_BYTES) return { ok: false, message: 'The file is over 1 MB: that is not a news article.' };
    raw = new Uint8Array(await file.arrayBuffer());
    inputKind = file.name.slice(0, 255);
    kind = /\.html?$/i.test(file.name) ? 'html' : undefined;
  } else if (mode === 'text' || mode === 'html') {
    const pasted = formData.get('pasted');
    // The browser sends a textarea with CRLF line ends; what the editor pasted had LF.
    raw = typeof pasted === 'string' ? pasted.replace(/\r\n/g, '\n') : '';
    inputKind = mode;
    kind = mode === 'html' ? 'html' : undefined;
  } else {
    return { ok: false, message: 'Choose how to import: paste text, paste HTML or upload a file.' };
  }
  // In a worker with a time limit: a hostile page must not hold the server's request thread.
  const result = await parseArticleInWorker(raw, kind ? { kind } : {});
  if (!result.ok) return { ok: false, message: result.error.message };
  const rawInputBase64 = Buffer.from(raw).toString('base64');
  return { ok: true, data: { article: result.article, rawInputBase64, inputKind } };
}

export async function createArticleAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const access = await authorize('article:write');
  if (!access.ok) return { ok: false, message: access.message };
  const values = submittedValues(formData, ['rawInputBase64']);
  const parsed = createArticleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error.issues, values);
  const { body, rawInputBase64: rawInput, inputKind, ...metadata } = parsed.data;
  const article = await db.article.create({
    data: { ...metadataToData(metadata), body, rawInput, inputKind, createdById: access.user.id },
    select: { id: true },
  });
  revalidatePath('/desk/articles');
  redirect(`/desk/articles/${article.id}`);
}

export async function updateArticleAction(articleId: string, _previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const access = await authorize('article:write');
  if (!access.ok) return { ok: false, message: access.message };
  const values = submittedValues(formData);
  const parsed = updateArticleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error.issues, values);
  const { body, ...metadata } = parsed.data;
  const user = access.user;

  const outcome = await db.$transaction(async (tx) => {
    // Lock the article row: two corrections at once must not re-anchor against a stale body.
    const locked = await tx.$queryRaw<{ body: string }[]>`SELECT body FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
    const oldBody = locked[0]?.body;
    if (oldBody === undefined) return null;
    await tx.article.update({ where: { id: articleId }, data: { ...metadataToData(metadata), body } });
    const counts = oldBody === body ? { moved: 0, lost: 0 } : await reanchorClaims(tx, articleId, oldBody, body, user.id);
    const change = oldBody === body
      ? { what: 'article details corrected', why: 'The article’s details (title, publisher, author, date, link or language) were corrected on the desk.' }
      : { what: 'article text corrected', why: 'The article text was corrected on the desk.' };
    const flagged = await flagOutOfDatePublicClaims(tx, { articleId }, user.id, change);
    return { ...counts, flagged: flagged.length };
  });
  if (!outcome) return { ok: false, message: 'That article does not exist.', values };
  revalidatePath(`/desk/articles/${articleId}`);
  if (outcome.flagged) revalidatePath('/desk', 'layout');
  const notes = [
    outcome.moved ? `${outcome.moved} claim${outcome.moved === 1 ? '' : 's'} followed ${outcome.moved === 1 ? 'its' : 'their'} words to a new place` : null,
    outcome.lost ? `${outcome.lost} claim${outcome.lost === 1 ? '' : 's'} could not be found and ${outcome.lost === 1 ? 'needs' : 'need'} attention` : null,
    outcome.flagged ? `${outcome.flagged} published claim${outcome.flagged === 1 ? '' : 's'} marked “public page out of date” and sent to review; readers keep the approved version until then` : null,
  ].filter(Boolean);
  return { ok: true, message: `Article saved.${notes.length ? ` ${notes.join('; ')}.` : ''}` };
}

/** Moves every claim of the article to its words in the corrected body, or flags it as lost. */
async function reanchorClaims(tx: Tx, articleId: string, oldBody: string, body: string, actorId: string) {
  const claims = await tx.claim.findMany({
    where: { articleId, deletedAt: null },
    select: { id: true, quoteStart: true, quoteEnd: true, quoteText: true, quotePrefix: true, quoteSuffix: true, needsAttention: true },
  });
  const results = reanchorAll(oldBody, body, claims.map((c) => ({ start: c.quoteStart, end: c.quoteEnd, exact: c.quoteText, prefix: c.quotePrefix, suffix: c.quoteSuffix })));
  let moved = 0;
  let lost = 0;
  for (const [index, claim] of claims.entries()) {
    const result = results[index];
    if (!result) continue;
    const before = { start: claim.quoteStart, end: claim.quoteEnd, quote: claim.quoteText };
    if (result.status === 'lost') {
      lost++;
      if (claim.needsAttention) continue;
      await tx.claim.update({ where: { id: claim.id }, data: { needsAttention: true, version: { increment: 1 } } });
      await tx.claimEvent.create({ data: { claimId: claim.id, actorId, kind: 'NEEDS_ATTENTION', before, after: { reason: result.message } } });
      continue;
    }
    const { anchor } = result;
    await tx.claim.update({
      where: { id: claim.id },
      data: { quoteStart: anchor.start, quoteEnd: anchor.end, quoteText: anchor.exact, quotePrefix: anchor.prefix, quoteSuffix: anchor.suffix, needsAttention: false, version: { increment: 1 } },
    });
    if (result.status === 'moved') {
      moved++;
      await tx.claimEvent.create({ data: { claimId: claim.id, actorId, kind: 'REANCHORED', before, after: { start: anchor.start, end: anchor.end, quote: anchor.exact } } });
    }
  }
  return { moved, lost };
}
