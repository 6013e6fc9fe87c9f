// Test data for the browser tests, made through Prisma (as tests/support/factories.ts does for the
// integration tests) instead of hand-written SQL: ids come from the schema's defaults, and a
// published claim gets the reader snapshot that approval would have taken.
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import { normalizeSourceName } from '@/lib/claims/source-name';
import { createPrismaClient } from '@/lib/db/create-client';
import type { ClaimStatus, EvidenceRelation, Publication, Role, SourceKind, Stance } from '@/lib/generated/prisma/enums';
import { USERS, type DemoUser } from './users';

/** The e2e database (the throwaway one `npm test` prepares); a small pool, each worker has its own. */
export const e2eDb = createPrismaClient(process.env.DATABASE_URL ?? '');

/** A short random tag that keeps names unique across tests and runs. */
export function uniqueTag(): string {
  return randomUUID().slice(0, 8);
}

export async function demoUserId(user: DemoUser): Promise<string> {
  const row = await e2eDb.user.findUnique({ where: { email: USERS[user].email }, select: { id: true } });
  if (!row) throw new Error(`The demo user ${USERS[user].email} is missing: run the browser tests through \`npm test\`.`);
  return row.id;
}

export interface ArticleInput {
  title: string;
  body: string;
  url?: string;
  publisher?: string;
  language?: string;
  /** Demo user recorded as the author of the row (the editor by default). */
  by?: DemoUser;
}

export async function createArticle(input: ArticleInput) {
  const { by = 'editor', body, ...fields } = input;
  return e2eDb.article.create({
    data: { ...fields, body, rawInput: body, createdById: await demoUserId(by) },
    select: { id: true, title: true, body: true },
  });
}

export async function createSource(name: string, kind: SourceKind = 'MEDIA', aliases: string[] = []) {
  return e2eDb.source.create({
    data: { name, normalizedName: normalizeSourceName(name), kind, aliases },
    select: { id: true, name: true },
  });
}

export interface ClaimInput {
  articleId: string;
  /** The quoted words: the first place they occur in the article body is the quote. */
  quote: string;
  summary: string;
  sourceId?: string;
  cue?: string;
  stance?: Stance;
  status?: ClaimStatus;
  explanation?: string;
  /** PUBLISHED gives the claim a publication date and the snapshot readers see. */
  publication?: Publication;
  evidence?: { url: string; title: string; relation: EvidenceRelation; note?: string }[];
  assigneeId?: string;
  by?: DemoUser;
}

export async function createClaim(input: ClaimInput) {
  const { articleId, quote, by = 'editor', publication = 'DRAFT', evidence = [], sourceId, cue, stance, ...fields } = input;
  const userId = await demoUserId(by);
  const article = await e2eDb.article.findUniqueOrThrow({ where: { id: articleId }, select: { body: true } });
  const quoteStart = article.body.indexOf(quote);
  if (quoteStart < 0) throw new Error(`"${quote}" is not in the article body`);
  const published = publication === 'PUBLISHED';
  const claim = await e2eDb.claim.create({
    data: {
      ...fields,
      attributions: {
        create: {
          articleId,
          sourceId,
          cue,
          stance,
          quoteStart,
          quoteEnd: quoteStart + quote.length,
          quoteText: quote,
          createdById: userId,
        },
      },
      publication,
      publishedAt: published ? new Date() : null,
      createdById: userId,
      evidence: { create: evidence.map((item) => ({ ...item, addedById: userId })) },
    },
    select: { id: true, summary: true },
  });
  // Readers see only the snapshot approval takes: take it the way approval does.
  if (published) await e2eDb.$executeRaw`UPDATE "Claim" SET "publicSnapshot" = claimdesk_public_snapshot(id) WHERE id = ${claim.id}`;
  return claim;
}

/** An article with one claim on the given words: the usual starting point of a desk flow. */
export async function createArticleWithClaim(article: ArticleInput, claim: Omit<ClaimInput, 'articleId'>) {
  const created = await createArticle(article);
  return { article: created, claim: await createClaim({ ...claim, articleId: created.id }) };
}

/** An account that cannot sign in with any password (the hash is not a hash): for access tests. */
export async function createAccount(role: Role, options: { disabled?: boolean; emailPrefix?: string } = {}) {
  const email = `${options.emailPrefix ?? role.toLowerCase()}-${uniqueTag()}@example.org`;
  return e2eDb.user.create({
    data: { email, name: `Test ${role.toLowerCase()}`, role, passwordHash: 'x', disabled: options.disabled ?? false },
    select: { id: true, email: true },
  });
}

/** An account that signs in with `password`, using the desk in English until it chooses otherwise. */
export async function createAccountWithPassword(role: Role, password: string) {
  const email = `${role.toLowerCase()}-${uniqueTag()}@example.org`;
  return e2eDb.user.create({
    data: { email, name: `Test ${role.toLowerCase()}`, role, locale: 'en', passwordHash: await hashPassword(password) },
    select: { id: true, email: true, name: true },
  });
}
