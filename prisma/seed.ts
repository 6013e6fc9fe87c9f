// Demo data for the embedded database: four demo users and one fictional article with claims.
// Idempotent: users are upserted by email, the demo article is created once (matched by title).
import type { Db } from '@/lib/db/create-client';
import { hashPassword } from '@/lib/auth/password';
import { normalizeSourceName } from '@/lib/claims/source-name';
import { DEMO_ARTICLE, DEMO_ARTICLE_RAW, DEMO_CLAIMS, DEMO_SOURCES } from './demo-article';
import { DEMO_SITE_TEXTS } from './demo-site-settings';
import { DEMO_USERS } from './demo-users';

const CONTEXT = 32;

export async function seedDemoData(db: Db, log: (line: string) => void = () => {}) {
  for (const user of Object.values(DEMO_USERS)) {
    const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
    if (existing) continue; // never reset a password an admin has changed
    await db.user.create({
      data: { email: user.email, name: user.name, role: user.role, locale: user.locale, passwordHash: await hashPassword(user.password) },
    });
    log(`Created demo user ${user.email}`);
  }
  // The site's texts only while nobody has saved them (version 1: as the migration made them).
  const filled = await db.siteSettings.updateMany({ where: { id: 1, version: 1, about: '' }, data: DEMO_SITE_TEXTS });
  if (filled.count > 0) log('Filled in the demo site settings');
  if (await db.article.findFirst({ where: { title: DEMO_ARTICLE.title }, select: { id: true } })) return;

  const editor = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.editor.email }, select: { id: true } });
  await db.$transaction(async (tx) => {
    const sources = new Map<string, string>();
    for (const source of DEMO_SOURCES) {
      const normalizedName = normalizeSourceName(source.name);
      const row = await tx.source.upsert({
        where: { normalizedName },
        create: { name: source.name, normalizedName, kind: source.kind, aliases: [...source.aliases] },
        update: {},
        select: { id: true },
      });
      sources.set(source.name, row.id);
    }
    const article = await tx.article.create({
      data: { ...DEMO_ARTICLE, rawInput: DEMO_ARTICLE_RAW, inputKind: 'text', createdById: editor.id },
    });
    for (const claim of DEMO_CLAIMS) {
      const start = DEMO_ARTICLE.body.indexOf(claim.quote);
      if (start < 0) throw new Error(`Demo claim quote not in the demo body: ${claim.quote}`);
      const end = start + claim.quote.length;
      const created = await tx.claim.create({
        data: {
          summary: claim.summary,
          language: DEMO_ARTICLE.language,
          status: claim.status,
          createdById: editor.id,
          attributions: {
            create: {
              articleId: article.id,
              sourceId: sources.get(claim.source) ?? null,
              quoteStart: start,
              quoteEnd: end,
              quoteText: claim.quote,
              quotePrefix: DEMO_ARTICLE.body.slice(Math.max(0, start - CONTEXT), start),
              quoteSuffix: DEMO_ARTICLE.body.slice(end, end + CONTEXT),
              cue: claim.cue,
              stance: claim.stance,
              createdById: editor.id,
            },
          },
        },
        select: { id: true },
      });
      await tx.claimEvent.create({
        data: { claimId: created.id, actorId: editor.id, kind: 'CREATED', after: { summary: claim.summary, quote: claim.quote } },
      });
    }
  });
  log('Created the demo article with its claims');
}
