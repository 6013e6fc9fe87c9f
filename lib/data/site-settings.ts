// The public site's texts. Reader pages read them through the data cache (tag `site-settings`,
// expired by every save); the settings page reads the live row and its audit log, ADMIN only.
import 'server-only';
import { unstable_cache } from 'next/cache';
import { requirePermission } from '@/lib/auth/guard';
import { db } from '@/lib/db';
import { publicTags } from '@/lib/public-tags';
import { EMPTY_SITE_TEXTS, SETTINGS_FIELDS, type SiteTexts } from '@/lib/site/settings-fields';

const textSelect = Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, true])) as Record<keyof SiteTexts, true>;

async function readTexts(): Promise<SiteTexts> {
  const row = await db.siteSettings.findUnique({ where: { id: 1 }, select: textSelect });
  return row ?? EMPTY_SITE_TEXTS;
}

/** For reader pages and ClaimReview: cached across readers until a save expires the tag. */
export const getSiteTexts = unstable_cache(readTexts, ['site-settings'], { tags: [publicTags.siteSettings], revalidate: 3600 });

export async function getSiteSettingsForAdmin() {
  await requirePermission('site:manage');
  const [row, events] = await Promise.all([
    db.siteSettings.findUnique({ where: { id: 1 }, select: { ...textSelect, version: true } }),
    db.siteSettingsEvent.findMany({
      orderBy: { at: 'desc' },
      take: 20,
      select: { id: true, at: true, before: true, after: true, actor: { select: { name: true } } },
    }),
  ]);
  return { settings: row ?? { ...EMPTY_SITE_TEXTS, version: 1 }, events };
}
