// Inside the transaction of a change to the site's texts: the proxy purges of the pages showing them.
import 'server-only';
import { getEnv } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import { enqueuePurges } from './outbox';
import { SITE_TEXT_PAGES } from './purge-plan';

/** Returns the outbox rows to send once the transaction is committed (purgeSoon). */
export async function enqueueSiteTextPurges(tx: Prisma.TransactionClient): Promise<string[]> {
  const targets = getEnv().CACHE_PURGE_TARGETS;
  return targets.length === 0 ? [] : enqueuePurges(tx, targets, 'site settings', [...SITE_TEXT_PAGES]);
}
