'use server';
// The public site's texts: ADMIN only. The save names the version it was loaded at (a concurrent
// save is refused, not overwritten), and writes the changed fields as an audit event in the same
// transaction. Reader pages showing the texts are expired at once, here and in the proxy.
import { revalidatePath, revalidateTag } from 'next/cache';
import { enqueueSiteTextPurges } from '@/lib/cache-purge/site-purge';
import { purgeSoon } from '@/lib/cache-purge/purge-soon';
import { db } from '@/lib/db';
import { publicTags } from '@/lib/public-tags';
import { siteSettingsSchema } from '@/lib/schemas/site-settings';
import { SETTINGS_FIELDS, settingsChanges, type SiteTexts } from '@/lib/site/settings-fields';
import { formAction } from './define-action';

export const updateSiteSettingsAction = formAction(
  { permission: 'site:manage', schema: siteSettingsSchema },
  async ({ user, input, values, t }) => {
    const { version, ...texts } = input;
    const outcome = await db.$transaction(async (tx) => {
      // Locks the one row (made by its migration) so two saves cannot both pass the version check.
      const [current] = await tx.$queryRaw<(SiteTexts & { version: number })[]>`SELECT * FROM "SiteSettings" WHERE "id" = 1 FOR UPDATE`;
      if (!current || current.version !== version) return 'stale' as const;
      const before = Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, current[field]])) as SiteTexts;
      const changes = settingsChanges(before, texts);
      if (!changes) return 'unchanged' as const;
      await tx.siteSettings.update({ where: { id: 1 }, data: { ...texts, version: { increment: 1 } } });
      await tx.siteSettingsEvent.create({ data: { actorId: user.id, before: changes.before, after: changes.after } });
      return enqueueSiteTextPurges(tx);
    });
    if (outcome === 'stale') return { ok: false, message: t('SiteSettings.stale'), values };
    if (outcome === 'unchanged') return { ok: true, message: t('Actions.nothingChanged') };
    revalidateTag(publicTags.siteSettings, { expire: 0 });
    revalidatePath('/desk/settings');
    purgeSoon(outcome);
    return { ok: true, message: t('Actions.saved') };
  },
);
